package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passkeys in a real browser, with its content security policy, and Chromium's virtual
 * authenticator (through the DevTools protocol) standing in for a phone or a laptop's
 * fingerprint reader: add one on the profile, sign out, sign in with the passkey alone;
 * the same for a user with two-factor sign-in on, who is asked for no code (and may use
 * the passkey in place of the code after the password); a removed passkey no longer signs
 * in; a browser without passkeys and a cancelled ceremony are told so.
 */
// sessions in the database, as the app keeps them; the app runs on a port chosen
// beforehand, because a passkey is made for one origin and that names the port
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "spring.autoconfigure.exclude=")
class PasskeysInTheBrowserTests {

	static final int PORT = freePort();

	private static Chromium chromium;

	@DynamicPropertySource
	static void address(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("expensync.base-url", () -> "http://localhost:" + PORT);
	}

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
	void addAPasskeyThenSignInWithItAloneAndNotOnceItIsRemoved() {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			List<String> errors = watchForErrors(page);
			page.onDialog(dialog -> dialog.accept());
			authenticator(context, page, true);
			signUp(page, "Pia Passkey");

			page.navigate(url("/profile"));
			page.click("#passkeys a:has-text('Add or remove passkeys')");
			page.waitForURL("**/profile/passkeys");
			assertThat(page.locator("[data-no-passkeys]")).isVisible();
			page.click("button:has-text('Add a passkey')");
			// a name comes first
			assertThat(page.locator("#passkey-label.is-invalid")).isVisible();
			assertThat(page.locator("[data-passkey]")).hasCount(0);

			page.fill("#passkey-label", "Test laptop");
			page.click("button:has-text('Add a passkey')");
			// and the password
			assertThat(page.locator("#passkey-password.is-invalid")).isVisible();
			page.fill("#passkey-password", "not my password");
			page.click("button:has-text('Add a passkey')");
			assertThat(page.locator("[data-passkey-message]")).containsText("That is not your current password.");
			assertThat(page.locator("[data-passkey]")).hasCount(0);
			// the browser logs the refusal (400) it was meant to get
			errors.removeIf(error -> error.contains("status of 400"));

			page.fill("#passkey-password", "a passkey password");
			page.click("button:has-text('Add a passkey')");
			page.waitForURL("**/profile/passkeys?added");
			assertThat(page.locator("[data-passkey] [data-passkey-label]")).hasText("Test laptop");
			assertThat(page.locator("[data-passkey]")).containsText("not used to sign in yet");

			String before = session(context);
			signOut(page);
			page.click("button:has-text('Sign in with a passkey')");
			page.waitForURL("**/dashboard");
			assertThat(session(context)).as("a new session, as after a password").isNotEqualTo(before);

			page.navigate(url("/profile/passkeys"));
			assertThat(page.locator("[data-passkey]")).containsText("last signed in");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "passkeys-one.png"))
				.setFullPage(true));
			page.navigate(url("/activity"));
			assertThat(page.locator("[data-kind=PASSKEY_ADDED]")).containsText("Test laptop");
			assertThat(page.locator("[data-kind=SIGNED_IN]").first()).containsText("With a passkey");
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();

			page.navigate(url("/profile/passkeys"));
			page.click("[data-passkey] button:has-text('Remove')");
			assertThat(page.locator(".alert-success")).containsText("“Test laptop” is removed");
			assertThat(page.locator("[data-no-passkeys]")).isVisible();

			signOut(page);
			page.click("button:has-text('Sign in with a passkey')");
			assertThat(page.locator("[data-passkey-sign-in] [data-passkey-message]"))
				.containsText("That passkey did not sign you in");
			assertThat(page).hasURL(url("/login?signedOut"));
		}
	}

	@Test
	void aUserWithTwoFactorOnSignsInWithAPasskeyAndNoCode() throws Exception {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			List<String> errors = watchForErrors(page);
			authenticator(context, page, true);
			String email = signUp(page, "Tom Totp");

			page.navigate(url("/profile/two-factor"));
			page.click("#two-factor button:has-text('Turn on two-factor sign-in')");
			String key = page.locator("[data-secret]").textContent();
			page.fill("#code", TwoFactorInTheBrowserTests.code(key, Instant.now().getEpochSecond() / 30));
			page.click("#two-factor button:has-text('Turn on')");
			assertThat(page.locator("[data-two-factor=on]")).isVisible();

			page.navigate(url("/profile/passkeys"));
			page.fill("#passkey-label", "Phone");
			page.fill("#passkey-password", "a passkey password");
			page.click("button:has-text('Add a passkey')");
			page.waitForURL("**/profile/passkeys?added");

			signOut(page);
			page.fill("#username", email);
			page.fill("#password", "a passkey password");
			page.click("main form button[type=submit]");
			page.waitForURL("**/login/code");
			// the code page offers the passkey in place of the code
			page.click("button:has-text('Use a passkey instead')");
			page.waitForURL("**/dashboard");

			signOut(page);
			page.click("button:has-text('Sign in with a passkey')");
			page.waitForURL("**/dashboard");
			page.navigate(url("/transactions/new"));
			// fully signed in: no page sends it to the code
			assertThat(page).hasURL(url("/transactions/new"));
			assertThat(errors).isEmpty();
		}
	}

	@Test
	void aBrowserWithoutPasskeysIsToldSo() {
		try (BrowserContext context = chromium.browser.newContext()) {
			context.addInitScript("delete window.PublicKeyCredential;");
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("button:has-text('Sign in with a passkey')")).isDisabled();
			assertThat(page.locator("[data-passkey-sign-in] [data-passkey-message]"))
				.containsText("This browser cannot use passkeys");
		}
	}

	@Test
	void aCancelledCeremonyIsToldSoAndAddsNothing() {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			// an authenticator whose user does not confirm, as when the prompt is
			// dismissed
			authenticator(context, page, false);
			signUp(page, "Cat Cancel");
			page.navigate(url("/profile/passkeys"));
			page.fill("#passkey-label", "Phone");
			page.fill("#passkey-password", "a passkey password");
			page.click("button:has-text('Add a passkey')");
			assertThat(page.locator("[data-passkey-message]")).containsText("No passkey was added");
			assertThat(page.locator("button:has-text('Add a passkey')")).isEnabled();
			page.reload();
			assertThat(page.locator("[data-no-passkeys]")).isVisible();
		}
	}

	/**
	 * Chromium's virtual authenticator: built in (like a fingerprint reader), keeping its
	 * passkeys, checking its user (or failing to).
	 */
	private static void authenticator(BrowserContext context, Page page, boolean userVerified) {
		CDPSession cdp = context.newCDPSession(page);
		cdp.send("WebAuthn.enable");
		JsonObject options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", userVerified);
		options.addProperty("automaticPresenceSimulation", true);
		JsonObject parameters = new JsonObject();
		parameters.add("options", options);
		cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
	}

	private String signUp(Page page, String name) {
		String email = name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID() + "@example.org";
		page.navigate(url("/signup"));
		page.fill("#name", name);
		page.fill("#email", email);
		page.fill("#password", "a passkey password");
		page.click("main form button[type=submit]");
		page.waitForURL("**/dashboard");
		return email;
	}

	private static void signOut(Page page) {
		page.click(".nav-item.dropdown .dropdown-toggle");
		page.click("button:has-text('Sign out')");
		page.waitForURL("**/login?signedOut");
	}

	private static String session(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter(cookie -> cookie.name.equals("SESSION"))
			.findFirst()
			.orElseThrow().value;
	}

	private static List<String> watchForErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onPageError(error -> errors.add("script error: " + error));
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(page.url() + ": " + message.text());
			}
		});
		return errors;
	}

	private static String url(String path) {
		return "http://localhost:" + PORT + path;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
