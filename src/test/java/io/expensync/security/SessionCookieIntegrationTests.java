package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie, as the running server writes it with the sessions in the database:
 * never readable by scripts, not sent on cross-site posts, and when the app is reached
 * over HTTPS (here through a proxy that says so, with forwarded headers trusted as the
 * README describes) only ever sent back over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.autoconfigure.exclude=", "server.forward-headers-strategy=native" })
class SessionCookieIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
		String cookie = sessionCookie(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build());
		assertThat(cookie).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
	}

	@Test
	void overPlainHttpItCannotBeSecureButIsStillHttpOnlyAndSameSite() throws Exception {
		String cookie = sessionCookie(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build());
		assertThat(cookie).startsWith("SESSION=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
	}

	private static String sessionCookie(HttpRequest request) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
