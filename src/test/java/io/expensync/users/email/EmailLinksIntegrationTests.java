package io.expensync.users.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.notifications.ArrivingEmails;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The links sent by email: the welcome email confirms the address; a forgotten password
 * is reset through a single-use link that expires; nobody learns from the forgot page
 * whether an address has an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the context of the other tests that move the clock: the thread the reset link is made
// on is checked in UsersModuleTests
@Import(MovableClockConfiguration.class)
@RecordApplicationEvents
class EmailLinksIntegrationTests {

	static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	MutableClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationEvents events;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-06-01T10:00:00Z"));
		ann = users.signUp("Ann");
	}

	@Test
	void theWelcomeEmailsLinkConfirmsTheAddressOnce() {
		List<MailboxEntry> welcome = emails(ann, "welcome");
		assertThat(welcome).hasSize(1);
		assertThat(welcome.get(0).text()).contains("Please confirm that this address is yours",
				"http://localhost:8080/verify?token=");
		String token = token(welcome.get(0));
		assertThat(welcome.get(0).html()).contains("href=\"http://localhost:8080/verify?token=" + token + "\"");
		assertThat(userService.get(ann.id()).emailVerified()).isFalse();
		assertThat(mvc.get().uri("/profile").with(TestUsers.session(ann))).bodyText().contains("Not confirmed yet");

		assertThat(mvc.get().uri("/verify").param("token", token)).hasStatusOk()
			.bodyText()
			.contains("your email address is confirmed");
		assertThat(userService.get(ann.id()).emailVerified()).isTrue();
		assertThat(mvc.get().uri("/verify").param("token", token)).as("used once")
			.bodyText()
			.contains("This link has expired or was used already");
		assertThat(mvc.get().uri("/profile").with(TestUsers.session(ann))).bodyText().contains("Confirmed");
	}

	@Test
	void anOldConfirmationLinkExpiresAndAskingAgainReplacesIt() {
		String first = token(emails(ann, "welcome").get(0));
		assertThat(mvc.post().uri("/profile/verify").with(TestUsers.session(ann)).with(csrf()))
			.hasStatus3xxRedirection();
		List<MailboxEntry> again = emails(ann, "verify-address");
		assertThat(again).hasSize(1);
		assertThat(again.get(0).subject()).isEqualTo("Confirm your email address");
		assertThat(mvc.get().uri("/verify").param("token", first)).as("replaced by the new link")
			.bodyText()
			.contains("expired or was used already");

		clock.set(clock.instant().plus(Duration.ofDays(8)));
		assertThat(mvc.get().uri("/verify").param("token", token(again.get(0)))).as("7 days")
			.bodyText()
			.contains("expired or was used already");
		assertThat(userService.get(ann.id()).emailVerified()).isFalse();
	}

	@Test
	void theForgotPageAnswersTheSameForKnownAndUnknownAddresses() {
		MvcTestResult known = forgot(ann.email());
		MvcTestResult unknown = forgot("nobody+" + ann.id() + "@example.org");
		assertThat(known).hasStatusOk().bodyText().contains(EmailLinkController.SENT);
		assertThat(unknown).hasStatusOk().bodyText().contains(EmailLinkController.SENT);
		assertThat(withoutCsrf(known)).isEqualTo(withoutCsrf(unknown));
		assertThat(awaitEmails(ann, "password-reset", 1)).hasSize(1);
		assertThat(forgot("not an address")).bodyText()
			.contains("Enter the email address you sign in with.")
			.doesNotContain(EmailLinkController.SENT);
		assertThat(emails(ann, "password-reset")).as("nothing sent for a bad address").hasSize(1);
	}

	@Test
	void aResetLinkSetsANewPasswordOnceAndOnlyWithinTheHour() {
		forgot(ann.email());
		MailboxEntry email = awaitEmails(ann, "password-reset", 1).get(0);
		assertThat(email.subject()).isEqualTo("Reset your ExpenSync password");
		assertThat(email.text()).contains("the link works once, for 60 minutes");
		String token = token(email);

		assertThat(mvc.get().uri("/password/reset").param("token", token)).bodyText().contains("Change my password");
		assertThat(reset(token, "short", "short")).bodyText().contains("A password needs 10 to 72 characters");
		assertThat(reset(token, "1234567890", "1234567890")).bodyText().contains("most common passwords");
		assertThat(reset(token, "a new long secret", "another secret!")).bodyText()
			.contains("The two passwords differ.");
		assertThat(signsIn(ann, TestUsers.PASSWORD)).as("refused tries change nothing").isTrue();
		assertThat(emails(ann, "security-password-reset")).as("and tell nothing").isEmpty();

		assertThat(reset(token, "a new long secret", "a new long secret")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login");
		assertThat(signsIn(ann, "a new long secret")).isTrue();
		assertThat(signsIn(ann, TestUsers.PASSWORD)).isFalse();
		assertThat(userService.get(ann.id()).emailVerified()).as("the link proved the address").isTrue();
		assertThat(emails(ann, "security-password-reset")).singleElement().satisfies(done -> {
			assertThat(done.subject()).isEqualTo("Your ExpenSync password was reset");
			assertThat(done.text()).contains("The password of your ExpenSync account was reset through an emailed "
					+ "link on 2026-06-01 12:00 (Europe/Berlin) from Unknown browser (127.0.0.1). Every browser "
					+ "signed in to your account was signed out.", "If this was not you",
					"http://localhost:8080/password/forgot");
		});

		assertThat(reset(token, "yet another secret", "yet another secret")).as("used once")
			.bodyText()
			.contains("This reset link has expired or was used already");
		assertThat(signsIn(ann, "a new long secret")).isTrue();

		forgot(ann.email());
		// the new link: both emails were written at the same instant of the test clock
		String late = awaitEmails(ann, "password-reset", 2).stream()
			.map(EmailLinksIntegrationTests::token)
			.filter(link -> !link.equals(token))
			.findFirst()
			.orElseThrow();
		clock.set(clock.instant().plus(Duration.ofMinutes(61)));
		assertThat(mvc.get().uri("/password/reset").param("token", late)).bodyText()
			.contains("expired or was used already");
		assertThat(reset(late, "too late a secret", "too late a secret")).bodyText()
			.contains("expired or was used already");
		assertThat(reset("made-up-token", "made up secret", "made up secret")).bodyText()
			.contains("expired or was used already");
		assertThat(signsIn(ann, "a new long secret")).isTrue();
	}

	@Test
	void theRequestRecordsOnlyItsAskForKnownAndUnknownAddressesAlikeAndTheLinkFollows() {
		forgot(" " + ann.email().toUpperCase(java.util.Locale.ROOT));
		forgot("nobody+" + ann.id() + "@example.org");
		assertThat(events.stream(PasswordResetAsked.class)).as("each request records its ask, and only that")
			.containsExactly(new PasswordResetAsked(ann.email()),
					new PasswordResetAsked("nobody+" + ann.id() + "@example.org"));
		assertThat(awaitEmails(ann, "password-reset", 1)).hasSize(1);
	}

	/**
	 * Asks for a reset link. The link is made and emailed after the answer, on another
	 * thread: a test that reads it waits for the email ({@link #awaitEmails}).
	 */
	private MvcTestResult forgot(String email) {
		return mvc.post().uri("/password/forgot").param("email", email).with(csrf()).exchange();
	}

	private MvcTestResult reset(String token, String password, String confirm) {
		return mvc.post()
			.uri("/password/reset")
			.param("token", token)
			.param("password", password)
			.param("confirm", confirm)
			.with(csrf())
			.exchange();
	}

	private boolean signsIn(CurrentUser user, String password) {
		return mvc.get()
			.uri("/api/v1/me")
			.with(httpBasic(user.email(), password))
			.exchange()
			.getResponse()
			.getStatus() == 200;
	}

	private List<MailboxEntry> emails(CurrentUser user, String kind) {
		return outbox.mailbox(user).stream().filter(email -> email.kind().equals(kind)).toList();
	}

	/** The user's emails of the kind once there are at least so many. */
	private List<MailboxEntry> awaitEmails(CurrentUser user, String kind, int atLeast) {
		return ArrivingEmails.await(outbox, user, kind, atLeast);
	}

	private static String token(MailboxEntry email) {
		Matcher matcher = TOKEN.matcher(email.text());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String withoutCsrf(MvcTestResult result) {
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
