package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Rules in a real browser, with its content security policy: a rule is made on the Rules
 * page, a transaction added on the form is filed by it, and a second rule is applied to
 * the transactions already there after its preview.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class RulesInTheBrowserTests {

	static final String PASSWORD = "a rules password";

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
	void makeARuleThatFilesANewTransactionAndApplyAnotherToExistingOnes() throws Exception {
		String email = "rules+" + UUID.randomUUID() + "@example.org";
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions())) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			page.onPageError(error -> errors.add("script error: " + error));
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					errors.add(page.url() + ": " + message.text());
				}
			});
			page.onDialog(dialog -> dialog.accept());

			page.navigate(url("/signup"));
			page.fill("#name", "Rita Rules");
			page.fill("#email", email);
			page.fill("#password", PASSWORD);
			page.click("main form button[type=submit]");
			page.waitForURL("**/dashboard");
			String giro = id(api(email, "POST", "/api/v1/accounts", """
					{"name": "Giro", "type": "CURRENT", "currency": "EUR", "openingBalance": "100.00"}"""));
			String old = id(api(email, "POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "7.50", "date": "2026-11-02", "merchant": "Corner Bakery",
					 "category": "groceries", "accountId": "%s"}""".formatted(giro)));

			page.click("nav a:has-text('Rules')");
			page.waitForURL("**/rules");
			assertThat(page.locator("[data-no-rules]")).isVisible();
			page.click("main a:has-text('Add a rule')");
			page.fill("#name", "Coffee");
			page.selectOption("#conditions0\\.field", "MERCHANT");
			page.selectOption("#conditions0\\.operator", "MATCHES");
			page.fill("#conditions0\\.text", "(unclosed");
			page.selectOption("#setCategory", "food");
			page.click("main form button[type=submit]");
			assertThat(page.locator(".invalid-feedback:visible")).containsText("Not a valid regular expression");
			page.fill("#conditions0\\.text", "^coffee\\b");
			page.fill("#setMerchant", "Coffee House");
			page.click("main form button[type=submit]");
			page.waitForURL("**/rules");
			assertThat(page.locator(".alert-success"))
				.containsText("Rule “Coffee” added".replace('“', '"').replace('”', '"'));
			assertThat(page.locator("[data-rule]")).containsText("Merchant matches the regular expression");

			page.click("nav a:has-text('Add transaction')");
			page.fill("#amount", "3.20");
			page.selectOption("#accountId", giro);
			page.selectOption("#category", "shopping");
			page.fill("#merchant", "COFFEE Roasters");
			page.click("main form button[type=submit]:has-text('Add transaction')");
			page.waitForURL("**/accounts/" + giro + "**");
			String added = api(email, "GET", "/api/v1/transactions?q=Coffee", null);
			assertThat(added).contains("\"category\":\"food\"", "\"merchant\":\"Coffee House\"");

			page.navigate(url("/rules/new"));
			page.fill("#name", "Bakery");
			page.selectOption("#conditions0\\.field", "MERCHANT");
			page.selectOption("#conditions0\\.operator", "CONTAINS");
			page.fill("#conditions0\\.text", "bakery");
			page.selectOption("#setCategory", "food");
			page.click("main form button[type=submit]");
			page.waitForURL("**/rules");
			page.locator("[data-rule]").nth(1).locator("button[aria-label='Move Bakery up']").click();
			assertThat(page.locator("[data-rule-name]").first()).hasText("Bakery");

			page.locator("[data-rule]").first().locator("a:has-text('Apply to existing')").click();
			assertThat(page.locator("[data-change-count]")).containsText("1 transaction would change");
			assertThat(page.locator("[data-change]")).containsText("Corner Bakery");
			page.click("main button:has-text('Change 1 transaction')");
			page.waitForURL("**/rules");
			assertThat(page.locator(".alert-success")).containsText("changed 1 transaction");
			assertThat(api(email, "GET", "/api/v1/transactions/" + old, null)).contains("\"category\":\"food\"");
			assertThat(api(email, "GET", "/api/v1/accounts/" + giro, null)).as("balances stay")
				.contains("\"balance\":\"89.30\"");
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();
		}
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
