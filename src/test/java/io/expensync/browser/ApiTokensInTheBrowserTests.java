package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * API tokens in a real browser, with its content security policy: the profile loads the
 * tokens section, a token is made, shown once and copied with the button, a script (plain
 * HTTP) uses it, and once revoked it is refused.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class ApiTokensInTheBrowserTests {

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
	void makeCopyUseAndRevokeAToken() throws Exception {
		String email = "tokens+" + UUID.randomUUID() + "@example.org";
		try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions())) {
			context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
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
			page.fill("#name", "Toby Tokens");
			page.fill("#email", email);
			page.fill("#password", "a token password");
			page.click("main form button[type=submit]");
			page.waitForURL("**/dashboard");

			page.navigate(url("/profile"));
			assertThat(page.locator("#api-tokens [data-no-tokens]")).isVisible();
			page.fill("#token-name", "Bank sync");
			page.selectOption("#token-lifetime", "DAYS_30");
			page.fill("#token-password", "a token password");
			page.click("#api-tokens button:has-text('Make a token')");
			page.waitForURL("**/profile/tokens");
			String token = page.inputValue("#new-token");
			assertThat(token).matches("exs_[A-Za-z0-9_-]{43}");
			page.click("[data-copy]");
			assertThat(page.locator("[data-copy-label]")).hasText("Copied");
			assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(token);

			assertThat(me(token)).isEqualTo(200);
			page.reload();
			assertThat(page.locator("#new-token")).hasCount(0);
			assertThat(page.locator("[data-token]")).containsText("Bank sync");

			page.click("[data-token] button:has-text('Revoke')");
			assertThat(page.locator(".alert-success")).containsText("“Bank sync” is revoked");
			assertThat(me(token)).isEqualTo(401);
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();
		}
	}

	/** What a script gets for its token. */
	private int me(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
			.header("Authorization", "Bearer " + token)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
