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
 * Anonymous visits write no session row, with sessions kept in the database as the app
 * keeps them: the public pages keep their CSRF token and when a form was shown in
 * cookies, and a page that sends the browser to sign in remembers where it was going in a
 * cookie too. Signing in then works as before, and the session starts there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class AnonymousVisitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publicPagesAndTheWayToSignInWriteNoSessionRowAndSigningInStillWorks() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		int before = sessionRows();
		Browser visitor = new Browser(port, "Firefox/128.0");
		for (String page : new String[] { "/", "/login", "/signup", "/password/forgot", "/password/reset?token=x",
				"/verify?token=x", "/login?error", "/signup?again" }) {
			assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(200);
		}
		HttpResponse<String> budgets = visitor.get("/budgets");
		assertThat(budgets.headers().firstValue("Location")).as("sent to sign in")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(sessionRows()).as("anonymous visits").isEqualTo(before);

		HttpResponse<String> signedIn = visitor.signIn(ann.email(), TestUsers.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location")).as("back where it was going")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/budgets"));
		assertThat(sessionRows()).as("the session starts with signing in").isEqualTo(before + 1);
		assertThat(visitor.get("/budgets").statusCode()).isEqualTo(200);
		assertThat(visitor.post("/profile/verify").statusCode()).as("a form sent with the session's token")
			.isEqualTo(302);
	}

	@Test
	void aTokenFromAnotherBrowsersPageIsRefused() throws Exception {
		CurrentUser bob = users.signUp("Bob");
		HttpClient pageReader = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = pageReader
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();

		// a page on another site posting to the sign-in form: the browser sends no cookie
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username="
							+ URLEncoder.encode(bob.email(), StandardCharsets.UTF_8) + "&password="
							+ URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	private int sessionRows() {
		return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

}
