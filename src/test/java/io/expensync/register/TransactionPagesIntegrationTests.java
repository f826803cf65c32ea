package io.expensync.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The account page and the transaction form, as a browser posts them. */
@SpringBootTest
@AutoConfigureMockMvc
class TransactionPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
	}

	@Test
	void addsAnAccountAndTransactionsThroughTheForms() {
		MvcTestResult created = mvc.post()
			.uri("/accounts")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "Giro")
			.param("type", "CURRENT")
			.param("currency", "EUR")
			.param("openingBalance", "1234.5")
			.param("returnTo", "/dashboard")
			.exchange();
		assertThat(created).hasRedirectedUrl("/dashboard");
		String giro = Api.<String>read(api.get(ann, "/api/v1/accounts"), "$.items[0].id");

		// a browser reads /\ as //: another site, so the account's own page instead
		MvcTestResult elsewhere = mvc.post()
			.uri("/accounts")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "Savings")
			.param("type", "SAVINGS")
			.param("currency", "EUR")
			.param("openingBalance", "1")
			.param("returnTo", "/\\evil.example")
			.exchange();
		assertThat(elsewhere.getResponse().getRedirectedUrl()).startsWith("/accounts/");
		assertThat(mvc.get().uri("/dashboard").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Giro", "€1,234.50", "Default");

		MvcTestResult added = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "34.50")
			.param("accountId", giro)
			.param("category", "groceries")
			.param("date", "2026-11-20")
			.param("description", "Weekly shop")
			.param("merchant", "Lidl")
			.exchange();
		assertThat(added).hasRedirectedUrl("/accounts/" + giro);
		assertThat(mvc.get().uri("/accounts/" + giro).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Weekly shop", "Lidl", "Groceries", "−€34.50", "€1,200.00", "1</span> transactions");
	}

	@Test
	void aTransferBetweenCurrenciesAsksWhatArrivedAndTheAccountPageShowsBothSides() {
		String giro = api.account(ann, "Giro", "EUR", "500.00");
		String card = api.account(ann, "Card", "USD", "0.00");
		MvcTestResult missing = transferForm(giro, card, "");
		assertThat(missing).hasStatusOk()
			.bodyText()
			.contains("Enter the amount that arrives in &quot;Card&quot;, in USD", "is-invalid");
		assertThat(api.balance(ann, giro)).isEqualTo("500.00");

		assertThat(transferForm(giro, card, "108.37")).hasStatus3xxRedirection();
		assertThat(api.balance(ann, giro)).isEqualTo("400.00");
		assertThat(api.balance(ann, card)).isEqualTo("108.37");
		assertThat(api.page(ann, "/accounts/" + card)).contains("+US$108.37", "sent €100.00", "1 EUR = 1.0837 USD");
		assertThat(api.page(ann, "/accounts/" + giro)).contains("−€100.00", "arrived US$108.37");

		MvcTestResult abroad = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "32.10")
			.param("accountId", card)
			.param("category", "food")
			.param("date", "2026-11-20")
			.param("description", "Ramen")
			.param("originalAmount", "4800")
			.param("originalCurrency", "jpy")
			.exchange();
		assertThat(abroad).hasStatus3xxRedirection();
		assertThat(api.page(ann, "/accounts/" + card)).contains("−US$32.10", "JP¥4,800");
	}

	private MvcTestResult transferForm(String from, String to, String arrived) {
		return mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "TRANSFER")
			.param("amount", "100.00")
			.param("accountId", from)
			.param("toAccountId", to)
			.param("toAmount", arrived)
			.param("date", "2026-11-20")
			.param("description", "To the card")
			.exchange();
	}

	@Test
	void formShowsEachErrorNextToItsFieldAndSavesNothing() {
		String giro = api.account(ann, "Giro", "100.00");
		MvcTestResult result = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "12.345")
			.param("accountId", giro)
			.param("category", "")
			.param("date", "2026-11-20")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("EUR allows at most 2 decimal places", "Choose a category", "is-invalid");

		MvcTestResult wrongCategory = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "INCOME")
			.param("amount", "12.00")
			.param("accountId", giro)
			.param("category", "groceries")
			.param("date", "2026-11-20")
			.exchange();
		assertThat(wrongCategory).hasStatusOk().bodyText().contains("is an expense category, not an income one");

		MvcTestResult noDate = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "12.00")
			.param("accountId", giro)
			.param("category", "groceries")
			.param("date", "")
			.exchange();
		assertThat(noDate).hasStatusOk().bodyText().contains("Enter a date");

		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(0);
	}

	@Test
	void formShowsAnUnreadableAmountWithTheOtherErrors() {
		String giro = api.account(ann, "Giro", "100.00");
		MvcTestResult result = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "TRANSFER")
			.param("amount", "twelve")
			.param("accountId", giro)
			.param("date", "2026-11-20")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("&#39;twelve&#39; is not a number", "Choose the account the money goes to")
			.doesNotContain("Enter an amount");
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
	}

	@Test
	void editMovesATransactionToAnotherAccount() {
		String giro = api.account(ann, "Giro", "100.00");
		String cash = api.account(ann, "Cash", "20.00");
		String id = api.transaction(ann, giro, "EXPENSE", "10.00", "food");
		assertThat(mvc.get().uri("/transactions/" + id + "/edit").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Save changes", "value=\"10.00\"");

		assertThat(mvc.post()
			.uri("/transactions/" + id + "/edit")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "12.00")
			.param("accountId", cash)
			.param("category", "food")
			.param("date", "2026-11-21")).hasRedirectedUrl("/accounts/" + cash);
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
		assertThat(api.balance(ann, cash)).isEqualTo("8.00");
	}

	@Test
	void accountPageSearchesFiltersPagesAndBulkDeletes() {
		String giro = api.account(ann, "Giro", "0");
		for (int i = 1; i <= 25; i++) {
			api.transaction(ann, giro, i % 5 == 0 ? "INCOME" : "EXPENSE", "1.00", i % 5 == 0 ? "salary" : "food");
		}
		MvcTestResult first = mvc.get().uri("/accounts/" + giro).with(TestUsers.session(ann)).exchange();
		assertThat(first).hasStatusOk().bodyText().contains("Page 1 of 2", "25</span> transactions");

		MvcTestResult incomes = mvc.get()
			.uri("/accounts/" + giro)
			.param("type", "INCOME")
			.with(TestUsers.session(ann))
			.exchange();
		assertThat(incomes).bodyText().doesNotContain("aria-label=\"Pages\"");
		assertThat(countOccurrences(incomes, "name=\"ids\"")).isEqualTo(5);

		MvcTestResult none = mvc.get()
			.uri("/accounts/" + giro)
			.param("q", "nothing like this")
			.with(TestUsers.session(ann))
			.exchange();
		assertThat(none).bodyText().contains("No transactions match.");

		var ids = Api.<java.util.List<String>>read(api.get(ann, "/api/v1/transactions", "size", "3", "type", "EXPENSE"),
				"$.items[*].id");
		assertThat(mvc.post()
			.uri("/accounts/" + giro + "/bulk-delete")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("ids", ids.toArray(String[]::new))).hasRedirectedUrl("/accounts/" + giro);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(22);
		assertThat(api.balance(ann, giro)).isEqualTo("-12.00");

		// everything matching the filter, not only the ticked rows: the 5 incomes
		assertThat(mvc.post()
			.uri("/accounts/" + giro + "/bulk-delete")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("all", "true")
			.param("type", "INCOME")).hasRedirectedUrl("/accounts/" + giro);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(17);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions", "type", "INCOME"), "$.totalElements"))
			.isZero();
		assertThat(api.balance(ann, giro)).isEqualTo("-17.00");
	}

	@Test
	void deletingAnAccountFromItsPageAsksFirstAndThenRemovesIt() {
		String giro = api.account(ann, "Giro", "0");
		api.transaction(ann, giro, "EXPENSE", "1.00", "food");
		assertThat(mvc.get().uri("/accounts/" + giro + "/delete").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("all of its transactions");
		assertThat(mvc.post().uri("/accounts/" + giro + "/delete").with(TestUsers.session(ann)).with(csrf()))
			.hasRedirectedUrl("/dashboard");
		assertThat(api.get(ann, "/api/v1/accounts/" + giro)).hasStatus(404);
	}

	@Test
	void namesTheAccountsOfATransferOnTheAccountPagesAndTheSchedulesPage() {
		String giro = api.account(ann, "Giro", "100.00");
		String savings = api.account(ann, "Rainy day", "0");
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "25.00", "date": "2026-11-01", "description": "Put aside",
				 "accountId": "%s", "toAccountId": "%s", "recurrence": {"interval": "MONTHLY"}}
				""".formatted(giro, savings))).hasStatus(201);
		assertThat(mvc.get().uri("/accounts/" + giro).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("To Rainy day");
		assertThat(mvc.get().uri("/accounts/" + savings).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("From Giro");
		assertThat(mvc.get().uri("/recurring").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Put aside", "Rainy day");
	}

	private static int countOccurrences(MvcTestResult result, String needle) {
		try {
			String body = result.getResponse().getContentAsString();
			return body.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
