package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reconciling an account and tagging transactions in a real browser, with its content
 * security policy: the difference to the statement follows the ticks, Reconcile waits for
 * it to be zero, an adjustment makes up what cannot be ticked, and tags typed in the form
 * are suggested from those in use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class ReconcilingInTheBrowserTests {

	static final String PASSWORD = "a reconciling password";

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
	void tickOffAStatementThenReconcileTheNextWithAnAdjustment() throws Exception {
		String email = "reconcile+" + UUID.randomUUID() + "@example.org";
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions())) {
			Page page = signedUp(context, email);
			List<String> errors = errorsOf(page);
			String giro = id(api(email, "POST", "/api/v1/accounts", """
					{"name": "Giro", "type": "CURRENT", "currency": "EUR", "openingBalance": "100.00"}"""));
			String rent = id(api(email, "POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "40.00", "date": "2026-11-01", "description": "Rent",
					 "category": "housing", "accountId": "%s", "status": "CLEARED"}""".formatted(giro)));
			api(email, "POST", "/api/v1/transactions", """
					{"type": "INCOME", "amount": "12.25", "date": "2026-11-03", "description": "Refund",
					 "category": "other-income", "accountId": "%s", "status": "CLEARED"}""".formatted(giro));
			api(email, "POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "9.99", "date": "2026-11-20", "description": "Cinema",
					 "category": "entertainment", "accountId": "%s"}""".formatted(giro));

			page.navigate(url("/accounts/" + giro));
			page.click("main a:has-text('Reconcile')");
			page.fill("#statementDate", "2026-11-30");
			page.fill("#closingBalance", "62.26");
			page.click("main button:has-text('Show transactions')");
			// the cleared ones come ticked: 100.00 - 40.00 + 12.25 = 72.25
			assertThat(page.locator("[data-ticked-total]")).hasText("−27.75");
			assertThat(page.locator("[data-difference]")).hasText("−9.99");
			assertThat(page.locator("[data-reconcile-button]")).isDisabled();
			assertThat(page.locator("[data-adjust-button]")).isVisible();

			page.check("label:has-text('Cinema') >> xpath=ancestor::tr//input[@name='ids']");
			assertThat(page.locator("[data-difference]")).hasText("0.00");
			assertThat(page.locator("[data-reconcile-button]")).isEnabled();
			assertThat(page.locator("[data-adjust-button]")).isHidden();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/reconcile.png"))
				.setFullPage(true));
			page.click("[data-reconcile-button]");
			page.waitForURL("**/accounts/" + giro);
			assertThat(page.locator(".alert-success")).containsText("Reconciled 3 transaction(s)");
			assertThat(page.locator("[data-status=RECONCILED]")).hasCount(3);
			assertThat(api(email, "GET", "/api/v1/transactions/" + rent, null)).contains("\"status\":\"RECONCILED\"");

			// the next statement shows a fee nobody typed in: an adjustment books it
			page.click("main a:has-text('Reconcile')");
			assertThat(page.locator("[data-last-reconciliation]")).containsText("€62.26");
			page.fill("#statementDate", "2026-12-31");
			page.fill("#closingBalance", "60.76");
			page.click("main button:has-text('Show transactions')");
			assertThat(page.locator("[data-difference]")).hasText("−1.50");
			page.onDialog(dialog -> dialog.accept());
			page.click("[data-adjust-button]");
			page.waitForURL("**/accounts/" + giro);
			assertThat(page.locator(".alert-success")).containsText("with an adjustment of -1.50");
			assertThat(page.locator("[data-balance]")).hasText("€60.76");
			assertThat(page.locator("main")).containsText("Reconciliation adjustment");
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();
		}
	}

	@Test
	void splitAnExpenseInTheFormWithWhatIsLeftShownAsYouType() throws Exception {
		String email = "split+" + UUID.randomUUID() + "@example.org";
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions())) {
			Page page = signedUp(context, email);
			List<String> errors = errorsOf(page);
			String giro = id(api(email, "POST", "/api/v1/accounts", """
					{"name": "Giro", "type": "CURRENT", "currency": "EUR", "openingBalance": "100.00"}"""));

			page.navigate(url("/transactions/new?accountId=" + giro));
			page.fill("#amount", "60.00");
			page.fill("#description", "Supermarket");
			page.click("[data-split-editor] summary");
			page.click("[data-split-add]");
			assertThat(page.locator("[data-split-row]")).hasCount(2);
			page.selectOption("#splits0\\.category", "groceries");
			page.fill("#splits0\\.amount", "45.50");
			page.selectOption("#splits1\\.category", "personal");
			page.fill("#splits1\\.amount", "10");
			assertThat(page.locator("[data-split-remainder]")).hasText("4.50 left to split");
			page.click("[data-split-add]");
			page.selectOption("#splits2\\.category", "shopping");
			page.fill("#splits2\\.amount", "5.00");
			assertThat(page.locator("[data-split-remainder]")).hasText("0.50 too much");
			page.locator("[data-split-row]").nth(2).locator("[data-split-remove]").click();
			assertThat(page.locator("[data-split-row]")).hasCount(2);
			page.fill("#splits1\\.amount", "14.50");
			assertThat(page.locator("[data-split-remainder]")).hasText("The parts add up to the amount");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/split-editor.png"))
				.setFullPage(true));
			page.click("main form button[type=submit]:has-text('Add transaction')");
			page.waitForURL("**/accounts/" + giro + "**");
			assertThat(page.locator("[data-split]")).containsText("Groceries 45.50");
			String saved = api(email, "GET", "/api/v1/transactions?accountId=" + giro, null);
			assertThat(saved).contains("\"splits\":[{\"category\":\"groceries\",\"amount\":\"45.50\"",
					"{\"category\":\"personal\",\"amount\":\"14.50\"");
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();
		}
	}

	@Test
	void tagsTypedInTheFormAreSuggestedFromThoseInUse() throws Exception {
		String email = "tags+" + UUID.randomUUID() + "@example.org";
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions())) {
			Page page = signedUp(context, email);
			List<String> errors = errorsOf(page);
			String giro = id(api(email, "POST", "/api/v1/accounts", """
					{"name": "Giro", "type": "CURRENT", "currency": "EUR", "openingBalance": "100.00"}"""));
			api(email, "POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "4.00", "date": "2026-11-01", "category": "food", "accountId": "%s",
					 "tags": ["holiday 2026", "home"]}""".formatted(giro));

			page.navigate(url("/transactions/new?accountId=" + giro));
			page.locator("#tags").pressSequentially("food, ho");
			assertThat(page.locator("#tag-suggestions option")).hasCount(2);
			assertThat(page.locator("#tag-suggestions option").first()).hasAttribute("value", "food, holiday 2026");
			page.fill("#tags", "food, holiday 2026");
			page.fill("#amount", "12.00");
			page.selectOption("#category", "food");
			page.click("main form button[type=submit]:has-text('Add transaction')");
			page.waitForURL("**/accounts/" + giro + "**");
			page.click("main a:has-text('#food')");
			assertThat(page.locator("[data-match-count]")).hasText("1 matching");
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();
		}
	}

	private Page signedUp(BrowserContext context, String email) {
		Page page = context.newPage();
		page.navigate(url("/signup"));
		page.fill("#name", "Rhea Reconciler");
		page.fill("#email", email);
		page.fill("#password", PASSWORD);
		page.click("main form button[type=submit]");
		page.waitForURL("**/dashboard");
		return page;
	}

	private static List<String> errorsOf(Page page) {
		List<String> errors = new ArrayList<>();
		page.onPageError(error -> errors.add("script error: " + error));
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(page.url() + ": " + message.text());
			}
		});
		return errors;
	}

	/** The API as a script calls it, with the user's password. */
	private String api(String email, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json");
		request = (json == null) ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
		return response.body();
	}

	private static String id(String json) {
		Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
