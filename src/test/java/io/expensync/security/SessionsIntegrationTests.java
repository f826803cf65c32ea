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
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions are kept in the database: a user signed in from two browsers sees both (this
 * one marked, each with its browser), signs the other one out and that browser is sent to
 * sign in at its next request; nobody can end another user's session.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class SessionsIntegrationTests {

	private static final Pattern HANDLE = Pattern.compile("data-session=\"([0-9a-f]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserSeesTheirSessionsAndSignsOneOut() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		Browser laptop = new Browser("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
		Browser phone = new Browser(
				"Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36");
		laptop.signIn(ann.email());
		phone.signIn(ann.email());
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				ann.email()))
			.isEqualTo(2);

		String page = laptop.get("/sessions").body();
		assertThat(page).contains("Firefox on Linux", "Chrome on Android", "This browser");
		Matcher handles = HANDLE.matcher(page);
		assertThat(handles.find()).isTrue();
		String laptopHandle = handles.group(1);
		assertThat(handles.find()).isTrue();
		String phoneHandle = handles.group(1);

		// nobody else can end it, and the laptop cannot end itself this way
		CurrentUser bob = users.signUp("Bob");
		Browser bobs = new Browser("curl/8.0");
		bobs.signIn(bob.email());
		assertThat(bobs.post("/sessions/" + phoneHandle + "/end").statusCode()).isEqualTo(404);
		assertThat(laptop.post("/sessions/" + laptopHandle + "/end").statusCode()).isEqualTo(404);
		assertThat(phone.get("/dashboard").statusCode()).isEqualTo(200);

		assertThat(laptop.post("/sessions/" + phoneHandle + "/end").statusCode()).isEqualTo(302);
		HttpResponse<String> afterwards = phone.get("/dashboard");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(laptop.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(bobs.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(laptop.get("/activity").body()).contains("A signed-in browser was signed out", "Signed in");

		// sign out everywhere else
		Browser tablet = new Browser("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) Safari/604.1");
		tablet.signIn(ann.email());
		assertThat(laptop.post("/sessions/end-others").statusCode()).isEqualTo(302);
		assertThat(tablet.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(laptop.get("/sessions").body()).contains("This browser").doesNotContain("Safari");
	}

	@Test
	void deletingTheAccountSignsOutEveryBrowser() throws Exception {
		CurrentUser cleo = users.signUp("Cleo");
		Browser laptop = new Browser("Firefox/128.0");
		Browser phone = new Browser("Chrome/126.0");
		laptop.signIn(cleo.email());
		phone.signIn(cleo.email());
		String token = csrf(laptop.get("/profile").body());
		HttpResponse<String> deleted = laptop.send(HttpRequest.newBuilder(url("/profile/delete"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("password=" + encode(TestUsers.PASSWORD) + "&confirm=DELETE&_csrf=" + encode(token))));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				cleo.email()))
			.isZero();
		assertThat(phone.get("/dashboard").statusCode()).isEqualTo(302);
	}

	/** A browser with its own cookies. */
	private final class Browser {

		private final HttpClient http;

		private final String userAgent;

		Browser(String userAgent) {
			this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			this.userAgent = userAgent;
		}

		void signIn(String email) throws Exception {
			String token = csrf(get("/login").body());
			HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
						+ encode(TestUsers.PASSWORD) + "&_csrf=" + encode(token))));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(url(path)).GET());
		}

		HttpResponse<String> post(String path) throws Exception {
			String token = csrf(get("/profile").body());
			return send(HttpRequest.newBuilder(url(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token))));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return http.send(request.header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofString());
		}

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
