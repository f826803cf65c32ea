package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.TestUsers;

/**
 * A browser with its own cookies (so its own session) against the app on a real port: for
 * the tests of sessions kept in the database, which MockMvc would bypass. It follows no
 * redirects, so a test sees where it is sent.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private final String userAgent;

	public Browser(int port, String userAgent) {
		this.port = port;
		this.userAgent = userAgent;
	}

	/** Signs in with the test password, and checks it lands on the dashboard. */
	public void signIn(String email) throws Exception {
		HttpResponse<String> signedIn = signIn(email, TestUsers.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
	}

	public HttpResponse<String> signIn(String email, String password) throws Exception {
		return postFrom("/login", "/login", "username", email, "password", password);
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(url(path)).GET());
	}

	/**
	 * A form sent from a signed-in page, with the CSRF token of this browser's session.
	 */
	public HttpResponse<String> post(String path, String... params) throws Exception {
		return postFrom("/profile", path, params);
	}

	/**
	 * A form sent from {@code page}, with the CSRF token found there; params are name,
	 * value, name, value…
	 */
	public HttpResponse<String> postFrom(String page, String path, String... params) throws Exception {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(get(page).body())));
		for (int i = 0; i < params.length; i += 2) {
			body.append('&').append(encode(params[i])).append('=').append(encode(params[i + 1]));
		}
		return send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Whether a request now is sent to sign in. */
	public boolean isSignedOut() throws Exception {
		HttpResponse<String> dashboard = get("/dashboard");
		return dashboard.statusCode() == 302
				&& dashboard.headers().firstValue("Location").map(to -> to.endsWith("/login")).orElse(false);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
