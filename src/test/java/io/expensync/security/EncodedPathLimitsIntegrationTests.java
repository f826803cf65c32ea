package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.security.Throttles.Limit;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every limit, check and trap before sign-in, sign-up, reset and uploads holds for every
 * spelling of its path: Tomcat, Spring Security and Spring MVC read {@code /%6Cogin} as
 * {@code /login}, so the limits must too. Sent over a real port, as an attacker would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "expensync.limits.sign-up-per-ip=2", "expensync.limits.receipt-scans-per-user=1",
				"expensync.limits.writes-per-user=3", "expensync.limits.min-fill-time=2s" })
@Import(MovableClockConfiguration.class)
class EncodedPathLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	Throttles throttles;

	@Autowired
	MutableClock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void everyAddressStartsAfresh() {
		for (Limit limit : Limit.values()) {
			for (String address : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
				throttles.forget(limit, address);
			}
		}
		// where every caller who was not signed in used to be counted
		throttles.forget(Limit.WRITES_PER_USER, "anonymousUser");
	}

	@Test
	void failedSignInsOnAnEncodedPathLockTheAccount() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		Browser browser = new Browser(port, "curl/8.0");
		for (int i = 0; i < 5; i++) {
			assertThat(location(
					browser.postFrom("/login", "/%6Cogin", "username", ann.email(), "password", "wrong password " + i)))
				.endsWith("/login?error");
		}
		assertThat(browser.postFrom("/login", "/%6Cogin", "username", ann.email(), "password", TestUsers.PASSWORD)
			.statusCode()).as("locked, even with the right password").isEqualTo(429);
		assertThat(browser.signIn(ann.email(), TestUsers.PASSWORD).statusCode()).as("and so is /login").isEqualTo(429);
	}

	@Test
	void theHoneypotAndTheFillTimeHoldOnAnEncodedSignUpPath() throws Exception {
		Browser bot = new Browser(port, "curl/8.0");
		String filled = "bot-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> trapped = bot.postFrom("/login", "/%73ignup", "email", filled, "password",
				"a fine long password 42", "name", "Bot", "website", "http://spam.example");
		assertThat(location(trapped)).endsWith("/signup");
		assertThat(userService.current(filled)).as("not signed up").isEmpty();

		String quick = "quick-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> tooQuick = bot.postFrom("/login", "/%73ignup", "email", quick, "password",
				"a fine long password 42", "name", "Bot");
		assertThat(location(tooQuick)).endsWith("/signup?again");
		assertThat(userService.current(quick)).as("not signed up").isEmpty();
	}

	@Test
	void signUpsOnAnEncodedApiPathCountTowardsTheAddress() throws Exception {
		for (int i = 0; i < 2; i++) {
			assertThat(apiSignUp("/api/v1/%75sers").statusCode()).isEqualTo(201);
		}
		HttpResponse<String> third = apiSignUp("/api/v1/%75sers");
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.body()).contains("\"status\":429", "Too many attempts.");
		assertThat(apiSignUp("/api/v1/users").statusCode()).as("nor by its plain path").isEqualTo(429);
	}

	@Test
	void resetEmailsOnAnEncodedPathCountTowardsTheAddress() throws Exception {
		CurrentUser cleo = users.signUp("Cleo");
		Browser browser = new Browser(port, "curl/8.0");
		for (int i = 0; i < 3; i++) {
			assertThat(forgot(browser, cleo.email()).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> fourth = forgot(browser, cleo.email());
		assertThat(fourth.statusCode()).as("three reset emails an hour per address").isEqualTo(429);
		assertThat(fourth.body()).contains("Too many attempts. Please wait");
	}

	@Test
	void receiptUploadsOnAnEncodedApiPathCountTowardsTheUser() throws Exception {
		CurrentUser dora = users.signUp("Dora");
		assertThat(upload(dora, "/api/v1/%72eceipts").statusCode()).as("the first is read (and refused)")
			.isEqualTo(400);
		HttpResponse<String> second = upload(dora, "/api/v1/%72eceipts");
		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.body()).contains("uploaded many receipts");
	}

	@Test
	void anonymousCallersDrawOnNoSharedBucket() throws Exception {
		Browser someone = new Browser(port, "curl/8.0");
		for (int i = 0; i < 5; i++) {
			// more than the per-user write limit of 3, all from callers who are not
			// signed in: none is counted as a user's write
			assertThat(someone.postFrom("/login", "/").statusCode()).isNotEqualTo(429);
		}
		assertThat(apiSignUp("/api/v1/users").statusCode()).as("sign-up still open to everyone").isEqualTo(201);
	}

	/** The forgot-password form, shown and then sent after a person's pause. */
	private HttpResponse<String> forgot(Browser browser, String email) throws Exception {
		browser.get("/password/forgot");
		clock.set(clock.instant().plus(Duration.ofSeconds(5)));
		// the CSRF token from another page: showing the form again would restart its
		// clock
		return browser.postFrom("/login", "/password/%66orgot", "email", email);
	}

	private HttpResponse<String> apiSignUp(String path) throws Exception {
		String email = "api-" + UUID.randomUUID() + "@example.org";
		return http.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email": "%s", "password": "a fine long password 42", "name": "Api"}""".formatted(email)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(CurrentUser user, String path) throws Exception {
		String boundary = "----expensync" + UUID.randomUUID();
		String body = """
				--%1$s\r
				Content-Disposition: form-data; name="file"; filename="receipt.png"\r
				Content-Type: image/png\r
				\r
				not an image\r
				--%1$s--\r
				""".formatted(boundary);
		String basic = Base64.getEncoder()
			.encodeToString((user.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
		return response.headers().firstValue("Location").orElse("");
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
