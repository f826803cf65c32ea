package io.expensync.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.expensync.Api;
import io.expensync.BalanceFromRows;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Money in two currencies through the API: a transfer between accounts of two currencies
 * moves each account by its own amount, as the bank booked them, and shows the rate they
 * imply; a purchase abroad keeps what it came to in the currency it was made in. What is
 * missing or contradicts the accounts is refused naming the field, changing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CurrenciesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CurrentUser ann;

	String euros;

	String dollars;

	String yen;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		euros = api.account(ann, "Giro", "EUR", "1000.00");
		dollars = api.account(ann, "Card", "USD", "50.00");
		yen = api.account(ann, "Travel", "JPY", "0");
	}

	private MvcTestResult transfer(String from, String to, String amount, String rest) {
		return api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "%s", "date": "2026-11-20", "description": "Exchange",
				 "accountId": "%s", "toAccountId": "%s"%s}""".formatted(amount, from, to, rest));
	}

	@Test
	void eachAccountMovesByItsOwnAmount() {
		MvcTestResult sent = transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.37\", \"toCurrency\": \"USD\"");
		assertThat(sent).hasStatus(201);
		assertThat(sent).bodyJson().extractingPath("$.toAmount").isEqualTo("108.37");
		assertThat(sent).bodyJson().extractingPath("$.toCurrency").isEqualTo("USD");
		assertThat(sent).bodyJson().extractingPath("$.rate").isEqualTo("1.0837");
		assertThat(api.balance(ann, euros)).isEqualTo("900.00");
		assertThat(api.balance(ann, dollars)).isEqualTo("158.37");

		// to a currency without cents, and back again
		assertThat(transfer(euros, yen, "10.00", ", \"toAmount\": \"1625\"")).hasStatus(201);
		assertThat(transfer(dollars, euros, "58.37", ", \"toAmount\": \"53.12\"")).hasStatus(201);
		assertThat(api.balance(ann, yen)).isEqualTo("1625");
		assertThat(api.balance(ann, dollars)).isEqualTo("100.00");
		assertThat(api.balance(ann, euros)).isEqualTo("943.12");
		for (String account : List.of(euros, dollars, yen)) {
			BalanceFromRows.assertMatches(jdbc, account, 0);
		}

		MvcTestResult read = api.get(ann, "/api/v1/transactions/" + Api.read(sent, "$.id"));
		assertThat(read).bodyJson().extractingPath("$.toAmount").isEqualTo("108.37");
		MvcTestResult received = api.get(ann, "/api/v1/transactions", "accountId", dollars);
		assertThat(Api.<List<String>>read(received, "$.items[?(@.toAccountId)].toAmount")).contains("108.37");
	}

	@Test
	void whatIsMissingOrContradictsTheAccountsIsRefusedChangingNothing() {
		assertRefused(transfer(euros, dollars, "100.00", ""), "toAmount", "arrives in \"Card\", in USD");
		assertRefused(transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.37\", \"toCurrency\": \"GBP\""),
				"toCurrency", "kept in USD, not GBP");
		assertRefused(transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.375\""), "toAmount", "");
		assertRefused(transfer(euros, yen, "10.00", ", \"toAmount\": \"1625.5\""), "toAmount", "");
		assertRefused(transfer(euros, dollars, "100.00", ", \"toAmount\": \"0\""), "toAmount", "greater than zero");
		assertRefused(transfer(euros, dollars, "100.00", ", \"toAmount\": \"lots\""), "toAmount", "");
		String savings = api.account(ann, "Savings", "EUR", "0");
		assertRefused(transfer(euros, savings, "100.00", ", \"toAmount\": \"99.00\""), "toAmount",
				"Both accounts are kept in EUR");

		assertThat(api.balance(ann, euros)).isEqualTo("1000.00");
		assertThat(api.balance(ann, dollars)).isEqualTo("50.00");
		assertThat(jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, ann.id()))
			.isZero();

		// within one currency, the amount that arrives may be given as the same
		MvcTestResult same = transfer(euros, savings, "100.00", ", \"toAmount\": \"100.00\"");
		assertThat(same).hasStatus(201).bodyJson().extractingPath("$.toAmount").isNull();
		assertThat(api.balance(ann, savings)).isEqualTo("100.00");
	}

	@Test
	void changingATransferKeepsWhatArrivedUntilItsAccountsChange() {
		String id = Api.read(transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.37\""), "$.id");

		MvcTestResult amount = api.patch(ann, "/api/v1/transactions/" + id, "{\"amount\": \"101.00\"}");
		assertThat(amount).hasStatusOk().bodyJson().extractingPath("$.toAmount").isEqualTo("108.37");
		assertThat(api.balance(ann, euros)).isEqualTo("899.00");
		assertThat(api.balance(ann, dollars)).isEqualTo("158.37");

		assertThat(api.patch(ann, "/api/v1/transactions/" + id, "{\"toAmount\": \"110.00\"}")).hasStatusOk();
		assertThat(api.balance(ann, dollars)).isEqualTo("160.00");

		// another receiving account in another currency needs its own amount
		assertRefused(api.patch(ann, "/api/v1/transactions/" + id, "{\"toAccountId\": \"%s\"}".formatted(yen)),
				"toAmount", "arrives in \"Travel\", in JPY");
		assertThat(api.balance(ann, dollars)).isEqualTo("160.00");
		assertThat(api.patch(ann, "/api/v1/transactions/" + id,
				"{\"toAccountId\": \"%s\", \"toAmount\": \"16400\"}".formatted(yen)))
			.hasStatusOk();
		assertThat(api.balance(ann, dollars)).isEqualTo("50.00");
		assertThat(api.balance(ann, yen)).isEqualTo("16400");

		// to an account in the sender's currency, the amount sent arrives
		String savings = api.account(ann, "Savings", "EUR", "0");
		MvcTestResult same = api.patch(ann, "/api/v1/transactions/" + id,
				"{\"toAccountId\": \"%s\"}".formatted(savings));
		assertThat(same).hasStatusOk().bodyJson().extractingPath("$.toAmount").isNull();
		assertThat(api.balance(ann, yen)).isEqualTo("0");
		assertThat(api.balance(ann, savings)).isEqualTo("101.00");

		assertThat(api.delete(ann, "/api/v1/transactions/" + id)).hasStatus(204);
		assertThat(api.balance(ann, euros)).isEqualTo("1000.00");
		assertThat(api.balance(ann, savings)).isEqualTo("0.00");
	}

	@Test
	void deletingAnAccountTakesBackWhatItsTransfersMovedOnTheOtherAccount() {
		transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.37\"");
		transfer(dollars, euros, "8.37", ", \"toAmount\": \"7.70\"");
		assertThat(api.balance(ann, euros)).isEqualTo("907.70");

		assertThat(api.delete(ann, "/api/v1/accounts/" + dollars)).hasStatus(204);
		assertThat(api.balance(ann, euros)).isEqualTo("1000.00");
		BalanceFromRows.assertMatches(jdbc, euros, 0);
		assertThat(jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, ann.id()))
			.isZero();
	}

	@Test
	void aTransferBetweenCurrenciesDoesNotRepeat() {
		MvcTestResult repeating = transfer(euros, dollars, "100.00",
				", \"toAmount\": \"108.37\", \"recurrence\": {\"interval\": \"MONTHLY\"}");
		assertRefused(repeating, "recurrence", "changes with the rate");
		assertThat(jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, ann.id()))
			.isZero();
		assertThat(api.balance(ann, dollars)).isEqualTo("50.00");
	}

	@Test
	void aPurchaseAbroadKeepsItsOriginalAmount() {
		MvcTestResult bought = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "32.10", "date": "2026-11-20", "description": "Ramen",
				 "category": "food", "accountId": "%s", "originalAmount": "4800", "originalCurrency": "jpy"}"""
			.formatted(dollars));
		assertThat(bought).hasStatus(201);
		assertThat(bought).bodyJson().extractingPath("$.originalAmount").isEqualTo("4800");
		assertThat(bought).bodyJson().extractingPath("$.originalCurrency").isEqualTo("JPY");
		assertThat(api.balance(ann, dollars)).isEqualTo("17.90");
		String id = Api.read(bought, "$.id");

		assertThat(api.patch(ann, "/api/v1/transactions/" + id, "{\"description\": \"Noodles\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.originalAmount")
			.isEqualTo("4800");
		assertRefused(api.patch(ann, "/api/v1/transactions/" + id, "{\"originalAmount\": \"4800.5\"}"),
				"originalAmount", "");
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, "{\"originalCurrency\": \"\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.originalAmount")
			.isNull();
	}

	@Test
	void anOriginalAmountMustBeInAnotherRealCurrency() {
		String expense = """
				{"type": "EXPENSE", "amount": "32.10", "date": "2026-11-20", "category": "food",
				 "accountId": "%s"%s}""";
		assertRefused(
				api.post(ann, "/api/v1/transactions",
						expense.formatted(dollars, ", \"originalAmount\": \"30\", \"originalCurrency\": \"USD\"")),
				"originalCurrency", "kept in USD already");
		assertRefused(
				api.post(ann, "/api/v1/transactions",
						expense.formatted(dollars, ", \"originalAmount\": \"30\", \"originalCurrency\": \"XYZ\"")),
				"originalCurrency", "not a currency code");
		assertRefused(api.post(ann, "/api/v1/transactions", expense.formatted(dollars, ", \"originalAmount\": \"30\"")),
				"originalCurrency", "Enter the currency");
		assertRefused(
				api.post(ann, "/api/v1/transactions", expense.formatted(dollars, ", \"originalCurrency\": \"EUR\"")),
				"originalAmount", "Enter the amount in EUR");
		assertRefused(
				api.post(ann, "/api/v1/transactions",
						expense.formatted(dollars, ", \"originalAmount\": \"30\", \"originalCurrency\": \"EURO\"")),
				"originalCurrency", "");
		assertThat(jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, ann.id()))
			.isZero();
		assertThat(api.balance(ann, dollars)).isEqualTo("50.00");
	}

	@Test
	void anAmountOfTheOtherKindIsRefusedNotDropped() {
		assertRefused(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "5.00", "date": "2026-11-20", "category": "food", "accountId": "%s",
				 "toAmount": "5.40"}""".formatted(euros)), "toAmount", "Only a transfer");
		assertRefused(
				transfer(euros, dollars, "100.00",
						", \"toAmount\": \"108.37\", \"originalAmount\": \"100\", \"originalCurrency\": \"GBP\""),
				"originalAmount", "A transfer has no original amount");
		assertRefused(transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.37\", \"toCurrency\": \"dollars\""),
				"toCurrency", "three-letter");
		assertThat(jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, ann.id()))
			.isZero();

		// a transfer between currencies patched into an expense loses what arrived
		String id = Api.read(transfer(euros, dollars, "100.00", ", \"toAmount\": \"108.37\""), "$.id");
		MvcTestResult expense = api.patch(ann, "/api/v1/transactions/" + id,
				"{\"type\": \"EXPENSE\", \"category\": \"food\"}");
		assertThat(expense).hasStatusOk().bodyJson().extractingPath("$.toAmount").isNull();
		assertThat(api.balance(ann, dollars)).isEqualTo("50.00");
		assertThat(api.balance(ann, euros)).isEqualTo("900.00");
		BalanceFromRows.assertMatches(jdbc, dollars, 0);
	}

	private static void assertRefused(MvcTestResult result, String field, String message) {
		assertThat(result).hasStatus(400);
		assertThat(Api.<List<String>>read(result, "$.errors[*].field")).as("the fields refused").contains(field);
		assertThat(Api.<List<String>>read(result, "$.errors[?(@.field == '" + field + "')].message"))
			.anySatisfy((text) -> assertThat(text).contains(message));
	}

}
