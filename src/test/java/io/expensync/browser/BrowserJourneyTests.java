package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.expensync.money.Money;
import io.expensync.money.MoneyFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new user's first session in a real browser: sign up, two accounts, income and
 * expenses, the dashboard's list, pie and budget bar, then search, filter, sort, pages
 * and bulk delete on the account page, an edit that moves a transaction to the other
 * account, an account made from inside the transaction form, and a monthly schedule with
 * its badge and filter. Every balance the pages show is checked against the ledger.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class BrowserJourneyTests {

	private static final Locale IRELAND = Locale.forLanguageTag("en-IE");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aNewUsersFirstSession() throws Exception {
		String email = "journey+" + UUID.randomUUID() + "@example.org";
		String password = "a journey password";
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			page.onDialog(dialog -> dialog.accept());

			page.navigate(url("/signup"));
			page.fill("#name", "Jo Journey");
			page.fill("#email", email);
			page.fill("#password", password);
			page.selectOption("#currency", "EUR");
			page.selectOption("#timezone", "Europe/Berlin");
			page.click("main form button[type=submit]");
			page.waitForURL("**/dashboard");
			assertThat(page.locator("#budget")).containsText("No budget set");

			addAccount(page, "Everyday", "1000.00");
			addAccount(page, "Savings", "250.50");
			assertThat(page.locator(".account-card").filter(new Locator.FilterOptions().setHasText("Everyday")))
				.containsText("€1,000.00");
			String everyday = accountId(page, "Everyday");
			String savings = accountId(page, "Savings");

			record(page, "Income", "2500", everyday, "salary", "Salary", "");
			assertThat(page).hasURL(url("/accounts/" + everyday));
			record(page, "Expense", "45.67", everyday, "groceries", "Weekly shop", "Lidl");
			record(page, "Expense", "12.30", savings, "food", "Lunch", "Café Central");

			// an account made in place, from the transaction form, is chosen at once
			page.navigate(url("/transactions/new"));
			page.fill("#amount", "3.20");
			page.click("a:has-text('Add another account')");
			page.fill("#newAccountName", "Wallet");
			page.fill("#newAccountOpening", "1.2345");
			page.click("#newAccountForm button[type=submit]");
			assertThat(page.locator("#newAccountForm .invalid-feedback")).containsText("at most 2 decimal places");
			page.fill("#newAccountOpening", "40");
			page.click("#newAccountForm button[type=submit]");
			assertThat(page.locator("#newAccount")).isHidden();
			assertThat(page.locator("#accountId option:checked")).hasText("Wallet (€40.00)");
			assertThat(page.locator("#amount")).hasValue("3.20");
			page.selectOption("#category", "transportation");
			page.click("main form button[type=submit]");
			page.waitForURL("**/accounts/*");
			assertThat(page.locator("[data-balance]")).hasText("€36.80");

			page.navigate(url("/dashboard"));
			assertThat(page.locator("#recent")).containsText("Weekly shop");
			Locator spending = page.locator("section[aria-labelledby=spendingHeading]");
			assertThat(spending.locator("canvas[data-chart=pie]")).isVisible();
			assertThat(spending.locator("tr", new Locator.LocatorOptions().setHasText("Groceries")))
				.containsText("€45.67");
			assertThat(spending.locator("tr", new Locator.LocatorOptions().setHasText("Food"))).containsText("€12.30");
			page.click("#budget a:has-text('Set a budget')");
			page.fill("#budgetAmount", "500");
			page.click("#budget button[type=submit]");
			assertThat(page.locator("#budget")).containsText("€61.17 of");
			assertThat(page.locator("[data-budget-percent]")).hasText("12.2% used");
			assertThat(page.locator("#budget")).containsText("€438.83 left");

			Api api = new Api(email, password);
			for (int n = 1; n <= 30; n++) {
				api.post("/api/v1/transactions", """
						{"type": "EXPENSE", "amount": "%d.00", "date": "%s", "description": "Coffee %d",
						 "category": "food", "accountId": "%s"}
						""".formatted(n, today().minusDays(n % 5), n, everyday));
			}

			page.navigate(url("/accounts/" + everyday));
			assertThat(page.locator("[data-transaction-count]")).hasText("32");
			assertThat(page.locator("[data-match-count]")).hasText("32 matching");
			assertThat(page.locator("#ledger tbody tr[data-row]")).hasCount(20);

			page.fill("#q", "coffee 1");
			assertThat(page.locator("[data-match-count]")).hasText("11 matching");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=coffee(\\+|%20)1.*"));

			page.fill("#q", "");
			page.selectOption("#type", "INCOME");
			assertThat(page.locator("[data-match-count]")).hasText("1 matching");
			page.selectOption("#type", "");
			assertThat(page.locator("[data-match-count]")).hasText("32 matching");

			page.click("#ledger a.sort:has-text('Amount')");
			assertThat(page.locator("#ledger tbody tr[data-row]").first()).containsText("Coffee 1");
			page.click("#ledger a.sort:has-text('Amount')");
			assertThat(page.locator("#ledger tbody tr[data-row]").first()).containsText("Salary");

			page.click("#ledger a.page-link:has-text('Next')");
			assertThat(page.locator("#ledger")).containsText("2 / 2");
			assertThat(page.locator("#ledger tbody tr[data-row]")).hasCount(12);

			// the 12 smallest coffees are on page 2 when sorted by amount, largest first
			page.check("#ledger input[data-select-all]");
			assertThat(page.locator("[data-selected-count]")).hasText("12");
			page.click("[data-bulk-delete]");
			page.waitForURL("**/accounts/" + everyday);
			assertThat(page.locator(".alert-success")).containsText("12 transaction(s) deleted");
			assertThat(page.locator("[data-transaction-count]")).hasText("20");

			Locator weeklyShop = page.locator("#ledger tbody tr[data-row]",
					new Page.LocatorOptions().setHasText("Weekly shop"));
			weeklyShop.locator("a[title=Edit]").click();
			page.fill("#amount", "50.00");
			page.selectOption("#accountId", savings);
			page.click("main form button[type=submit]");
			page.waitForURL("**/accounts/" + savings);
			assertThat(page.locator("#ledger")).containsText("Weekly shop");

			for (String account : List.of(everyday, savings)) {
				Money expected = api.ledgerBalance(account);
				page.navigate(url("/accounts/" + account));
				assertThat(page.locator("[data-balance]")).hasText(MoneyFormatter.format(expected, IRELAND));
				page.navigate(url("/dashboard"));
				assertThat(page.locator(".account-card")
					.filter(new Locator.FilterOptions().setHas(page.locator("a[href='/accounts/" + account + "']"))))
					.containsText(MoneyFormatter.format(expected, IRELAND));
			}
			assertThat(api.ledgerBalance(savings)).isEqualTo(Money.of("188.20", "EUR"));

			// a monthly payment from today on: a schedule, marked in the table, found by
			// the recurring filter
			page.navigate(url("/transactions/new"));
			page.fill("#amount", "9.99");
			page.selectOption("#accountId", savings);
			page.selectOption("#category", "entertainment");
			page.fill("#description", "Streaming");
			assertThat(page.locator("[data-recurring-fields]")).isHidden();
			// by keyboard, as a click once landed beside the switch while the longer form
			// was still settling under load
			page.focus("input[data-recurring-toggle]");
			page.keyboard().press("Space");
			assertThat(page.locator("[data-recurring-fields]")).isVisible();
			page.selectOption("#interval", "MONTHLY");
			page.click("main form button[type=submit]");
			page.waitForURL("**/accounts/" + savings);
			Locator streaming = page.locator("#ledger tbody tr[data-row]",
					new Page.LocatorOptions().setHasText("Streaming"));
			assertThat(streaming.locator("[data-recurring-badge]")).containsText("Monthly · next");
			page.selectOption("#recurring", "true");
			assertThat(page.locator("[data-match-count]")).hasText("1 matching");
			assertThat(page.locator("[data-balance]"))
				.hasText(MoneyFormatter.format(api.ledgerBalance(savings), IRELAND));
		}
	}

	private void addAccount(Page page, String name, String opening) {
		page.click("button[data-bs-target='#addAccount']");
		page.fill("#addAccount #name", name);
		page.fill("#addAccount #openingBalance", opening);
		page.click("#addAccount button[type=submit]");
		page.waitForURL("**/dashboard");
		assertThat(page.locator(".alert-success")).containsText(name);
	}

	private String accountId(Page page, String name) {
		String href = page.locator(".account-card a", new Page.LocatorOptions().setHasText(name)).getAttribute("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private void record(Page page, String type, String amount, String account, String category, String description,
			String merchant) {
		page.navigate(url("/transactions/new"));
		page.click("label:has-text('" + type + "')");
		page.fill("#amount", amount);
		page.selectOption("#accountId", account);
		page.selectOption("#category", category);
		page.fill("#description", description);
		page.fill("#merchant", merchant);
		page.click("main form button[type=submit]");
		page.waitForURL("**/accounts/" + account);
		assertThat(page.locator(".alert-success")).containsText("Transaction added");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Berlin"));
	}

	/**
	 * The JSON API, as a second client of the same user, to seed rows and to recompute
	 * balances.
	 */
	private final class Api {

		private final HttpClient http = HttpClient.newHttpClient();

		private final String authorization;

		Api(String email, String password) {
			this.authorization = "Basic "
					+ Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		String post(String path, String json) throws Exception {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			return response.body();
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

		/**
		 * Opening balance plus the signed sum of every transaction touching the account.
		 */
		Money ledgerBalance(String account) throws Exception {
			BigDecimal balance = new BigDecimal(
					JsonPath.<String>read(get("/api/v1/accounts/" + account), "$.openingBalance"));
			String page = get("/api/v1/transactions?size=200&accountId=" + account);
			List<java.util.Map<String, Object>> items = JsonPath.read(page, "$.items");
			for (var item : items) {
				BigDecimal amount = new BigDecimal((String) item.get("amount"));
				boolean in = "INCOME".equals(item.get("type")) || account.equals(item.get("toAccountId"));
				balance = in ? balance.add(amount) : balance.subtract(amount);
			}
			return Money.of(balance, "EUR");
		}

	}

}
