package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie, as the running server writes it with the sessions in the database
 * (and the CSRF cookie of the sign-in page, before there is a session): never readable by
 * scripts, not sent on cross-site posts, and when the app is reached over HTTPS (here
 * through a proxy that says so, with forwarded headers trusted as the README describes)
 * only ever sent back over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "server.forward-headers-strategy=native" })
class SessionCookieIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void overHttpsTheCookiesAreSecureHttpOnlyAndSameSite() throws Exception {
		List<String> cookies = signIn(true);
		assertThat(cookie(cookies, "expensync-csrf=")).as("the sign-in page's token, before any session")
			.contains("; Secure", "; HttpOnly", "; SameSite=Strict");
		assertThat(cookie(cookies, "SESSION=")).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@Test
	void overPlainHttpTheyCannotBeSecureButAreStillHttpOnlyAndSameSite() throws Exception {
		List<String> cookies = signIn(false);
		assertThat(cookie(cookies, "expensync-csrf=")).contains("; HttpOnly", "; SameSite=Strict")
			.doesNotContain("Secure");
		assertThat(cookie(cookies, "SESSION=")).contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
	}

	/** Every Set-Cookie header of the sign-in page and of signing in there. */
	private List<String> signIn(boolean https) throws Exception {
		CurrentUser ann = users.signUp("Ann");
		// cookies sent back by hand: a client would not send a Secure one over plain HTTP
		HttpClient browser = HttpClient.newHttpClient();
		HttpResponse<String> page = browser.send(request("/login", https).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		String csrfCookie = cookie(page.headers().allValues("Set-Cookie"), "expensync-csrf=").split(";")[0];
		HttpResponse<String> signedIn = browser
			.send(request("/login", https).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", csrfCookie)
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)) + "&username="
						+ encode(ann.email()) + "&password=" + encode(TestUsers.PASSWORD)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		List<String> cookies = new ArrayList<>(page.headers().allValues("Set-Cookie"));
		cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
		return cookies;
	}

	private HttpRequest.Builder request(String path, boolean https) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		return https ? request.header("X-Forwarded-Proto", "https") : request;
	}

	private static String cookie(List<String> cookies, String name) {
		return cookies.stream()
			.filter(header -> header.startsWith(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
