package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With the shipped minimum fill time (set here to 3 s) a sign-up or reset form sent
 * sooner than a person can fill it in, or without having been shown, is shown again and
 * nothing happens; and a user's changes are limited per hour (set here to 5), pages and
 * API alike, while reading goes on.
 */
@SpringBootTest(properties = { "expensync.limits.min-fill-time=3s", "expensync.limits.writes-per-user=5" })
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class FormSpeedAndWriteLimitIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserService users;

	@Autowired
	TestUsers testUsers;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
	}

	@Test
	void aSignUpSentFasterThanAPersonTypesIsShownAgainAndCreatesNothing() {
		String email = "quick+" + UUID.randomUUID() + "@example.org";

		assertThat(signUp(email)).as("never shown").hasRedirectedUrl("/signup?again");
		assertThat(users.current(email)).isEmpty();

		Cookie[] shown = shown("/signup");
		clock.set(clock.instant().plusSeconds(1));
		assertThat(signUp(email, shown)).hasRedirectedUrl("/signup?again");
		assertThat(users.current(email)).isEmpty();
		assertThat(mvc.get().uri("/signup?again")).hasStatusOk().bodyText().contains("quicker than a person types");

		clock.set(clock.instant().plusSeconds(3));
		Cookie forged = new Cookie(BotTraps.SHOWN, (clock.millis() - 10_000) + "." + "0".repeat(64));
		assertThat(signUp(email, forged)).as("a time this server did not sign").hasRedirectedUrl("/signup?again");
		assertThat(signUp(email, shown("/password/forgot"))).as("signed for another form")
			.hasRedirectedUrl("/signup?again");
		assertThat(users.current(email)).isEmpty();

		assertThat(signUp(email, shown)).hasRedirectedUrl("/dashboard");
		assertThat(users.current(email)).isPresent();
	}

	@Test
	void aResetRequestSentAtOnceSendsNothing() {
		Cookie[] shown = shown("/password/forgot");
		assertThat(mvc.post().uri("/password/forgot").cookie(shown).param("email", "someone@example.org").with(csrf()))
			.hasRedirectedUrl("/password/forgot?again");
		clock.set(clock.instant().plusSeconds(5));
		assertThat(mvc.post().uri("/password/forgot").cookie(shown).param("email", "someone@example.org").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("If an account");
	}

	/**
	 * Opens a public form; the cookie that says when it was shown, signed, with no
	 * session.
	 */
	private Cookie[] shown(String form) {
		MvcTestResult page = mvc.get().uri(form).exchange();
		assertThat(page).hasStatusOk();
		Cookie shown = page.getResponse().getCookie(BotTraps.SHOWN);
		assertThat(shown).isNotNull();
		assertThat(shown.getPath()).isEqualTo(form);
		assertThat(shown.isHttpOnly()).isTrue();
		return new Cookie[] { shown };
	}

	@Test
	void changesArePerUserLimitedAndRefusedChangesChangeNothing() {
		Api api = new Api(mvc);
		CurrentUser ann = testUsers.signUp("Ann");
		String account = api.account(ann, "Giro", "100.00");
		for (int i = 0; i < 3; i++) {
			api.transaction(ann, account, "EXPENSE", "1.00", "food");
		}
		// account + 3 transactions = 4 changes; the fifth passes, the sixth is refused
		assertThat(mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "2.00")
			.param("date", "2026-05-10")
			.param("accountId", account)
			.param("category", "food")).hasStatus3xxRedirection();
		MvcTestResult refused = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.00", "date": "2026-05-10", "accountId": "%s", "category": "food"}"""
			.formatted(account));
		assertThat(refused).hasStatus(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("very many changes");
		MvcTestResult page = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "3.00")
			.param("date", "2026-05-10")
			.param("accountId", account)
			.param("category", "food")
			.exchange();
		assertThat(page).hasStatus(429).hasForwardedUrl("/too-many");

		// nothing changed, reading goes on, another user is not held up
		assertThat(api.balance(ann, account)).isEqualTo("95.00");
		assertThat(Api.<List<?>>read(api.get(ann, "/api/v1/transactions"), "$.items")).hasSize(4);
		CurrentUser bob = testUsers.signUp("Bob");
		assertThat(api.post(bob, "/api/v1/accounts", """
				{"name": "Bob's", "type": "CURRENT", "currency": "EUR", "openingBalance": "1.00"}""")).hasStatus(201);

		// an hour refills the bucket
		clock.set(clock.instant().plus(Duration.ofMinutes(13)));
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.00", "date": "2026-05-10", "accountId": "%s", "category": "food"}"""
			.formatted(account))).hasStatus(201);
	}

	private MvcTestResult signUp(String email, Cookie... cookies) {
		MockMvcTester.MockMvcRequestBuilder request = mvc.post().uri("/signup");
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return request.param("email", email)
			.param("password", "a fine long password")
			.param("name", "Quinn")
			.param("currency", "EUR")
			.param("timezone", "Europe/Berlin")
			.with(csrf())
			.exchange();
	}

}
