package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two-factor sign-in in a real browser, with its content security policy: the profile
 * section loads, the QR code and key show, the app's code turns it on, the recovery codes
 * show and download, and the next sign-in asks for a code after the password. The codes
 * come from this test's own RFC 6238 arithmetic on the key the page shows, as an
 * authenticator app would make them.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class TwoFactorInTheBrowserTests {

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
	void turnOnAndSignInWithACode() throws Exception {
		String email = "two-factor+" + UUID.randomUUID() + "@example.org";
		String password = "a two-factor password";
		try (BrowserContext context = chromium.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			page.onPageError(error -> errors.add("script error: " + error));
			page.onConsoleMessage(message -> {
				if ("error".equals(message.type())) {
					errors.add(page.url() + ": " + message.text());
				}
			});

			page.navigate(url("/signup"));
			page.fill("#name", "Tess Twofactor");
			page.fill("#email", email);
			page.fill("#password", password);
			page.click("main form button[type=submit]");
			page.waitForURL("**/dashboard");

			page.navigate(url("/profile"));
			assertThat(page.locator("#two-factor [data-two-factor=off]")).isVisible();
			page.click("#two-factor button:has-text('Turn on two-factor sign-in')");
			page.waitForURL("**/profile/two-factor");
			assertThat(page.locator("#two-factor svg.qr-code")).isVisible();
			String key = page.locator("[data-secret]").textContent();
			assertThat(key).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");

			long step = Instant.now().getEpochSecond() / 30;
			page.fill("#code", code(key, step));
			page.click("#two-factor button:has-text('Turn on')");
			assertThat(page.locator("[data-two-factor=on]")).isVisible();
			assertThat(page.locator("[data-recovery-codes] li")).hasCount(10);
			String firstCode = page.locator("[data-recovery-codes] li").first().textContent();
			Download download = page.waitForDownload(() -> page.click("a:has-text('Download as text')"));
			assertThat(Files.readString(download.path())).contains(firstCode);
			assertThat(page).hasURL(url("/profile/two-factor"));
			page.reload();
			assertThat(page.locator("[data-two-factor=on]")).isVisible();
			assertThat(page.locator("[data-recovery-codes]")).hasCount(0);

			page.click(".nav-item.dropdown .dropdown-toggle");
			page.click("button:has-text('Sign out')");
			page.waitForURL("**/login?signedOut");
			page.fill("#username", email);
			page.fill("#password", password);
			page.click("main form button[type=submit]");
			page.waitForURL("**/login/code");
			// the confirmation used this step's code: the next step's is within the drift
			page.fill("#code", code(key, step + 1));
			page.click("main form button[type=submit]");
			page.waitForURL("**/dashboard");
			assertThat(errors).as("no script errors and nothing the content security policy blocked").isEmpty();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** What an authenticator app shows for this key in this 30-second step. */
	static String code(String base32Key, long step) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(base32(base32Key), "HmacSHA1"));
		byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
		int offset = hash[19] & 0xf;
		int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
		return "%06d".formatted(value % 1_000_000);
	}

	private static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				bytes.write((buffer >>> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return bytes.toByteArray();
	}

}
