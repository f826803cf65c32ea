package io.expensync.users.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.users.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * On an installation that sends email, the sign-up page and the API answer the same
 * whether or not the address has an account, and the email tells which: a new address
 * gets a link that makes the account (and proves the address), an existing one a note
 * saying it has an account, and its password stays as it was.
 */
@SpringBootTest(properties = "spring.mail.host=mail.invalid")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class SignUpByEmailIntegrationTests {

	private static final Pattern FINISH = Pattern.compile("/signup/finish\\?token=([A-Za-z0-9_-]+)");

	private static final Duration EMAIL_PATIENCE = Duration.ofSeconds(60);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	String newcomer;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-06-01T10:00:00Z"));
		ann = users.signUp("Ann");
		newcomer = "new+" + UUID.randomUUID() + "@example.org";
	}

	@Test
	void thePageAnswersTheSameForANewAndARegisteredAddressAndTheEmailTellsWhich() {
		MvcTestResult registered = signUp(ann.email(), "somebody's new secret");
		MvcTestResult fresh = signUp(newcomer, "a newcomer's secret");
		assertThat(registered).hasStatusOk().bodyText().contains("Check your email").doesNotContain("already");
		assertThat(fresh).hasStatusOk();
		assertThat(page(registered).replace(ann.email(), "ADDRESS"))
			.isEqualTo(page(fresh).replace(newcomer, "ADDRESS"));
		assertThat(userService.current(newcomer)).as("no account before the link is opened").isEmpty();

		awaitEmails(ann.email(), "sign-up-repeated", 1);
		assertThat(emailsTo(ann.email())).extracting(email -> email.get("kind")).contains("sign-up-repeated");
		assertThat(text(ann.email(), "sign-up-repeated")).contains("already has an ExpenSync account",
				"http://localhost:8080/password/forgot");
		assertThat(signsIn(ann.email(), TestUsers.PASSWORD)).as("the existing password stays").isTrue();
		assertThat(signsIn(ann.email(), "somebody's new secret")).isFalse();

		awaitEmails(newcomer, "sign-up-link", 1);
		String token = token(text(newcomer, "sign-up-link"));
		assertThat(mvc.get().uri("/signup/finish").param("token", token)).hasStatusOk()
			.bodyText()
			.contains(newcomer, "Make my account");
		assertThat(userService.current(newcomer)).as("opening the link makes nothing by itself").isEmpty();
		assertThat(mvc.post().uri("/signup/finish").param("token", token).with(csrf())).hasRedirectedUrl("/login");
		UserView made = userService.get(userService.current(newcomer).orElseThrow().id());
		assertThat(made.emailVerified()).as("the link proved the address").isTrue();
		assertThat(signsIn(newcomer, "a newcomer's secret")).isTrue();
		assertThat(mvc.post().uri("/signup/finish").param("token", token).with(csrf())).as("used once")
			.hasStatusOk()
			.bodyText()
			.contains("expired or was used already");
	}

	@Test
	void theApiAnswers202WithTheSameMessageEitherWay() {
		MvcTestResult registered = apiSignUp(ann.email());
		MvcTestResult fresh = apiSignUp(newcomer);
		assertThat(registered).hasStatus(202);
		assertThat(fresh).hasStatus(202);
		assertThat(page(registered).replace(ann.email(), "ADDRESS"))
			.isEqualTo(page(fresh).replace(newcomer, "ADDRESS"));
		// the newcomer's ask writes all it sends in one transaction: once one email is
		// there, all are
		awaitEmails(newcomer, "sign-up-link", 1);
		assertThat(emailsTo(newcomer)).extracting(email -> email.get("kind")).containsExactly("sign-up-link");
	}

	@Test
	void aLinkWorksForADayAndALaterSignUpReplacesIt() {
		signUp(newcomer, "a newcomer's secret");
		awaitEmails(newcomer, "sign-up-link", 1);
		String first = token(text(newcomer, "sign-up-link"));
		clock.set(clock.instant().plus(Duration.ofMinutes(5)));
		signUp(newcomer, "a second thought secret");
		// written in the transaction that replaced the first link
		awaitEmails(newcomer, "sign-up-link", 2);
		assertThat(mvc.get().uri("/signup/finish").param("token", first)).as("replaced")
			.bodyText()
			.contains("expired or was used already");

		String second = token(emailsTo(newcomer).get(0).get("text_body").toString());
		clock.set(clock.instant().plus(Duration.ofHours(25)));
		assertThat(mvc.post().uri("/signup/finish").param("token", second).with(csrf())).as("a day later")
			.bodyText()
			.contains("expired or was used already");
		assertThat(userService.current(newcomer)).isEmpty();
	}

	private MvcTestResult signUp(String email, String password) {
		return mvc.post()
			.uri("/signup")
			.param("email", email)
			.param("password", password)
			.param("name", "Quinn")
			.param("currency", "EUR")
			.param("timezone", "Europe/Berlin")
			.with(csrf())
			.exchange();
	}

	private MvcTestResult apiSignUp(String email) {
		return mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "password": "a long enough secret", "name": "Quinn"}""".formatted(email)).exchange();
	}

	private boolean signsIn(String email, String password) {
		return mvc.get().uri("/api/v1/me").with(httpBasic(email, password)).exchange().getResponse().getStatus() == 200;
	}

	/** Newest first. */
	private List<Map<String, Object>> emailsTo(String address) {
		return jdbc.queryForList(
				"select kind, text_body from email_outbox where recipient = ? order by created_at desc, id desc",
				address);
	}

	/**
	 * Waits until so many emails of the kind were written to the address: the sign-up's
	 * link, or the note to a registered address, is written after the answer, on another
	 * thread.
	 */
	private void awaitEmails(String address, String kind, int atLeast) {
		await(atLeast + " " + kind + " email(s) to " + address).atMost(EMAIL_PATIENCE)
			.until(() -> emailsTo(address).stream().filter(email -> kind.equals(email.get("kind"))).count(),
					count -> count >= atLeast);
	}

	private String text(String address, String kind) {
		return emailsTo(address).stream()
			.filter(email -> kind.equals(email.get("kind")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " email to " + address))
			.get("text_body")
			.toString();
	}

	private static String token(String text) {
		Matcher link = FINISH.matcher(text);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private static String page(MvcTestResult result) {
		try {
			return result.getResponse()
				.getContentAsString()
				.replaceAll("(value|content|nonce)=\"[A-Za-z0-9_+/=-]{20,}\"", "");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
