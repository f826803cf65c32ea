package io.expensync.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.security.twofactor.TwoFactorService.Enrolment;
import io.expensync.security.twofactor.TwoFactorService.PendingSecret;
import io.expensync.users.CurrentUser;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two-factor sign-in from the browser's side, without a browser: turning it on with a
 * code from the app, the password then the code, what a half-signed-in session may see,
 * the lockout after wrong codes, replays, drift, recovery codes, turning it off, and the
 * API's refusal of the password.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class TwoFactorIntegrationTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:10Z");

	/**
	 * A new client address for each sign-in, so the per-address limit never interferes.
	 */
	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	SecretKeyring keyring;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TwoFactorService twoFactors;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(NOW);
		ann = users.signUp("Ann");
	}

	@Test
	void aWrongConfirmationStoresNothingAndTheRightOneShowsTheRecoveryCodesOnce() {
		MockHttpSession session = signedInWithPassword(ann);
		assertThat(mvc.get().uri("/profile/two-factor").session(session)).hasStatusOk()
			.bodyText()
			.contains("data-two-factor=\"off\"", "Turn on two-factor sign-in");
		assertThat(post("/profile/two-factor/start", session)).hasRedirectedUrl("/profile/two-factor");
		PendingSecret pending = (PendingSecret) session.getAttribute(TwoFactorController.ENROLMENT);
		Enrolment enrolment = twoFactors.enrolment(ann.email(), twoFactors.unseal(ann.id(), pending));
		assertThat(pending.sealed()).as("the session, a row in the database, holds it encrypted")
			.doesNotContain(enrolment.secret());
		assertThat(mvc.get().uri("/profile/two-factor").session(session)).hasStatusOk()
			.bodyText()
			.contains("<svg", "Scan this code", enrolment.grouped());

		String wrong = Totp.code(Base32.decode(enrolment.secret()), Totp.step(NOW) + 3, 6);
		assertThat(post("/profile/two-factor/confirm", session, "code", wrong)).hasStatusOk()
			.bodyText()
			.contains("That is not the code your app shows now");
		assertThat(twoFactors.isOn(ann.id())).isFalse();
		assertThat(
				jdbc.queryForObject("select count(*) from recovery_codes where user_id = ?", Integer.class, ann.id()))
			.isZero();

		MvcTestResult confirmed = post("/profile/two-factor/confirm", session, "code", current(enrolment.secret()));
		assertThat(confirmed).as("shown in the response that made them").hasStatusOk();
		assertThat(twoFactors.isOn(ann.id())).isTrue();
		assertThat(jdbc.queryForList("select kind from audit_events where user_id = ?", String.class, ann.id()))
			.as("in the audit log")
			.contains("TWO_FACTOR_ON");
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) confirmed.getMvcResult().getModelAndView().getModel().get("recoveryCodes");
		assertThat(codes).hasSize(10);
		assertThat(confirmed).bodyText()
			.contains("Two-factor sign-in is on", codes.get(0), codes.get(9), "Download as text", "data:text/plain",
					"history.replaceState");
		assertThat(Collections.list(session.getAttributeNames()))
			.as("nothing of them waits in the session, a row in the database")
			.allSatisfy(name -> assertThat(String.valueOf(session.getAttribute(name))).doesNotContain(codes.get(0)));
		assertThat(mvc.get().uri("/profile/two-factor").session(session)).as("and not again")
			.bodyText()
			.contains("data-two-factor=\"on\"", "Recovery codes left")
			.doesNotContain(codes.get(0));
		String stored = jdbc.queryForObject("select secret from two_factor where user_id = ?", String.class, ann.id());
		assertThat(stored).as("the secret is encrypted").doesNotContain(enrolment.secret());
		assertThat(jdbc.queryForList("select code_hash from recovery_codes where user_id = ?", String.class, ann.id()))
			.as("recovery codes only as hashes")
			.hasSize(10)
			.contains(RecoveryCodes.hash(keyring, ann.id(), codes.get(0)))
			.doesNotContain(codes.get(0));
	}

	@Test
	void thePasswordAloneSignsInOnlyHalfwayUntilTheCode() {
		String secret = turnOn(ann);
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(session, ann.email(), TestUsers.PASSWORD)).hasRedirectedUrl("/login/code");
		assertThat(mvc.get().uri("/dashboard").session(session)).hasStatus(302)
			.redirectedUrl()
			.startsWith("/login/code?");
		MvcTestResult profile = mvc.get().uri("/profile").session(session).exchange();
		assertThat(profile).hasStatus(302).redirectedUrl().startsWith("/login/code?");
		Cookie whereGoing = profile.getResponse().getCookie("REDIRECT_URI");
		assertThat(whereGoing).as("where the browser was going, in a cookie").isNotNull();
		assertThat(mvc.get().uri("/login/code").session(session)).hasStatusOk()
			.bodyText()
			.contains("Enter your sign-in code");

		String before = session.getId();
		assertThat(post("/login/code", session, whereGoing, "code", current(secret)))
			.as("on to the page last asked for")
			.hasStatus(302)
			.redirectedUrl()
			.startsWith("http://localhost/profile");
		assertThat(session.getId()).as("a new session id for the full session").isNotEqualTo(before);
		assertThat(mvc.get().uri("/dashboard").session(session)).hasStatusOk();
		assertThat(mvc.get().uri("/login/code").session(session)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void wrongCodesLockTheAccountLikeWrongPasswords() {
		String secret = turnOn(ann);
		MockHttpSession session = new MockHttpSession();
		signIn(session, ann.email(), TestUsers.PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(code(session, "00000" + i)).hasStatusOk().bodyText().contains("That code is not right");
		}
		MvcTestResult locked = code(session, current(secret));
		assertThat(locked).hasStatus(429).hasForwardedUrl("/too-many");
		assertThat(mvc.get().uri("/dashboard").session(session)).as("still half signed in")
			.hasStatus(302)
			.redirectedUrl()
			.startsWith("/login/code?");
		assertThat(signIn(new MockHttpSession(), ann.email(), TestUsers.PASSWORD))
			.as("the password does not start the count afresh")
			.hasStatus(429);
	}

	@Test
	void aCodeIsTakenOnceAndDriftOfOneStepIsAllowedButNotTwo() {
		String secret = turnOn(ann);
		// a step later, so the step behind is not the one the confirmation used up
		clock.set(clock.instant().plus(Duration.ofSeconds(30)));
		long step = Totp.step(clock.instant());
		MockHttpSession first = new MockHttpSession();
		signIn(first, ann.email(), TestUsers.PASSWORD);
		String code = Totp.code(Base32.decode(secret), step - 1, 6);
		assertThat(code(first, code)).as("one step behind").redirectedUrl().endsWith("/dashboard");

		MockHttpSession replay = new MockHttpSession();
		signIn(replay, ann.email(), TestUsers.PASSWORD);
		assertThat(code(replay, code)).as("the same code again").bodyText().contains("That code is not right");
		assertThat(code(replay, Totp.code(Base32.decode(secret), step + 2, 6))).as("two steps ahead")
			.bodyText()
			.contains("That code is not right");
		assertThat(code(replay, Totp.code(Base32.decode(secret), step + 1, 6))).as("one step ahead")
			.redirectedUrl()
			.endsWith("/dashboard");

		clock.set(clock.instant().plus(Duration.ofSeconds(30)));
		MockHttpSession older = new MockHttpSession();
		signIn(older, ann.email(), TestUsers.PASSWORD);
		assertThat(code(older, Totp.code(Base32.decode(secret), step, 6)))
			.as("a code older than the last one taken, though within the drift")
			.bodyText()
			.contains("That code is not right");
	}

	@Test
	void aRecoveryCodeSignsInOnce() {
		turnOn(ann);
		List<String> codes = twoFactors.renewRecoveryCodes(ann.id(), TestUsers.PASSWORD);

		MockHttpSession first = new MockHttpSession();
		signIn(first, ann.email(), TestUsers.PASSWORD);
		assertThat(code(first, codes.get(3).toUpperCase())).redirectedUrl().endsWith("/dashboard");
		assertThat(mvc.get().uri("/profile/two-factor").session(first)).bodyText().contains(">9<");

		MockHttpSession again = new MockHttpSession();
		signIn(again, ann.email(), TestUsers.PASSWORD);
		assertThat(code(again, codes.get(3))).bodyText().contains("That code is not right");
		assertThat(code(again, codes.get(4))).redirectedUrl().endsWith("/dashboard");
	}

	/**
	 * Codes made before they were stored keyed (the plain SHA-256) still sign in, once.
	 */
	@Test
	void aRecoveryCodeStoredTheOldWayStillSignsInOnce() {
		turnOn(ann);
		String old = "abcde-fghjk";
		jdbc.update(
				"update recovery_codes set code_hash = ? where user_id = ? and code_hash = "
						+ "(select min(code_hash) from recovery_codes where user_id = ?)",
				RecoveryCodes.unkeyedHash(old), ann.id(), ann.id());

		MockHttpSession first = new MockHttpSession();
		signIn(first, ann.email(), TestUsers.PASSWORD);
		assertThat(code(first, old)).redirectedUrl().endsWith("/dashboard");
		MockHttpSession again = new MockHttpSession();
		signIn(again, ann.email(), TestUsers.PASSWORD);
		assertThat(code(again, old)).bodyText().contains("That code is not right");
	}

	@Test
	void turningOffTakesThePasswordOrACurrentCode() {
		String secret = turnOn(ann);
		MockHttpSession session = new MockHttpSession();
		signIn(session, ann.email(), TestUsers.PASSWORD);
		code(session, current(secret));

		assertThat(post("/profile/two-factor/off", session, "proof", "not my password")).hasStatusOk()
			.bodyText()
			.contains("neither your password nor a current code");
		assertThat(twoFactors.isOn(ann.id())).isTrue();
		assertThat(post("/profile/two-factor/off", session, "proof", TestUsers.PASSWORD))
			.hasRedirectedUrl("/profile/two-factor");
		assertThat(twoFactors.isOn(ann.id())).isFalse();
		assertThat(
				jdbc.queryForObject("select count(*) from recovery_codes where user_id = ?", Integer.class, ann.id()))
			.isZero();
		assertThat(signIn(new MockHttpSession(), ann.email(), TestUsers.PASSWORD))
			.as("the password alone signs in again")
			.hasRedirectedUrl("/dashboard");
	}

	@Test
	void theApiRefusesThePasswordOfAUserWithTwoFactorSignIn() {
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(ann.email(), TestUsers.PASSWORD))).hasStatusOk();
		turnOn(ann);
		MvcTestResult refused = mvc.get().uri("/api/v1/me").with(httpBasic(ann.email(), TestUsers.PASSWORD)).exchange();
		assertThat(refused).hasStatus(401)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Two-factor sign-in is on", "API token");
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(ann.email(), "a wrong password"))).hasStatus(401);
	}

	@Test
	void aTokenMadeAfterTheCodeGivesTheApiWhileThePasswordIsStillRefused() throws Exception {
		String secret = turnOn(ann);
		MockHttpSession session = new MockHttpSession();
		signIn(session, ann.email(), TestUsers.PASSWORD);
		assertThat(
				post("/profile/tokens", session, "name", "Sync", "lifetime", "DAYS_30", "password", TestUsers.PASSWORD))
			.as("the password alone makes no token")
			.hasStatus(302)
			.redirectedUrl()
			.contains("/login/code");
		assertThat(jdbc.queryForObject("select count(*) from api_tokens where user_id = ?", Integer.class, ann.id()))
			.isZero();

		code(session, current(secret));
		MvcTestResult made = post("/profile/tokens", session, "name", "Sync", "lifetime", "DAYS_30", "password",
				TestUsers.PASSWORD);
		assertThat(made).hasStatusOk();
		Matcher token = Pattern.compile("exs_[A-Za-z0-9_-]{43}").matcher(made.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();

		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(token.group()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo(ann.email());
		assertThat(mvc.get().uri("/api/v1/tokens").with(httpBasic(ann.email(), TestUsers.PASSWORD)))
			.as("the password still is not enough")
			.hasStatus(401)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Use an API token");
	}

	@Test
	void aHalfSignedInSessionExpiresAfterFiveMinutes() {
		String secret = turnOn(ann);
		MockHttpSession session = new MockHttpSession();
		signIn(session, ann.email(), TestUsers.PASSWORD);
		clock.set(clock.instant().plus(Duration.ofMinutes(5)).plusSeconds(1));
		assertThat(code(session, current(secret))).hasRedirectedUrl("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	/** Turns two-factor sign-in on as the page does; the next code is the next step's. */
	private String turnOn(CurrentUser user) {
		Enrolment enrolment = twoFactors.begin(user.email());
		twoFactors.confirm(user.id(), enrolment.secret(), current(enrolment.secret()));
		clock.set(clock.instant().plus(Duration.ofSeconds(30)));
		return enrolment.secret();
	}

	private String current(String secret) {
		return Totp.code(Base32.decode(secret), Totp.step(clock.instant()), 6);
	}

	private MockHttpSession signedInWithPassword(CurrentUser user) {
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(session, user.email(), TestUsers.PASSWORD)).hasRedirectedUrl("/dashboard");
		return session;
	}

	private MvcTestResult signIn(MockHttpSession session, String email, String password) {
		return mvc.post()
			.uri("/login")
			.session(session)
			.param("username", email)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.7.%d.%d".formatted(ADDRESSES.get() / 250, ADDRESSES.getAndIncrement() % 250));
				return request;
			})
			.exchange();
	}

	private MvcTestResult code(MockHttpSession session, String code) {
		return post("/login/code", session, "code", code);
	}

	private MvcTestResult post(String path, MockHttpSession session, String... params) {
		return post(path, session, null, params);
	}

	private MvcTestResult post(String path, MockHttpSession session, @Nullable Cookie cookie, String... params) {
		var builder = mvc.post().uri(path).session(session).with(csrf()).with(request -> {
			if (cookie != null) {
				request.setCookies(cookie);
			}
			request.setRemoteAddr("10.8.%d.%d".formatted(ADDRESSES.get() / 250, ADDRESSES.getAndIncrement() % 250));
			return request;
		});
		for (int i = 0; i < params.length; i += 2) {
			builder = builder.param(params[i], params[i + 1]);
		}
		return builder.exchange();
	}

}
