package io.expensync.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Arrays;

import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.SmtpServer;
import io.expensync.TestUsers;
import io.expensync.WithSmtpServer;
import io.expensync.notifications.MailDelivery;
import io.expensync.security.twofactor.TwoFactorService.PendingSecret;
import io.expensync.users.CurrentUser;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Turning two-factor sign-in on or off and making new recovery codes each email the user
 * over SMTP (GreenMail here): what changed, when in their timezone, from which browser
 * and address, and what to do if it was not them; a refused try sends nothing, and nobody
 * else is written to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
@WithSmtpServer
class TwoFactorEmailsIntegrationTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:10Z");

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TwoFactorService twoFactors;

	@Autowired
	MutableClock clock;

	@Autowired
	SmtpServer smtp;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	CurrentUser bob;

	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		clock.set(NOW);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
		session = new MockHttpSession();
		// the welcome emails and what other tests left waiting in the shared database are
		// set aside, not sent (one by one that took 25 s after a full run), so only this
		// test's emails are due: also those written at a later time of the movable clock,
		// which would fall due as it moves the clock
		SmtpServer.setAsideWaitingEmails(jdbc);
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void turningTwoFactorSignInOffEmailsTheUserWhenAndFromWhere() throws Exception {
		String secret = turnOn();
		clock.set(NOW.plusSeconds(30));
		assertThat(post("/profile/two-factor/off", "proof", "not my password")).hasStatusOk();
		assertThat(post("/profile/two-factor/off", "proof", TestUsers.PASSWORD))
			.hasRedirectedUrl("/profile/two-factor");
		assertThat(twoFactorIsOn()).isFalse();

		assertThat(delivery.deliverDue()).isEqualTo(2);
		MimeMessage[] received = smtp.receivedMessages();
		assertThat(received).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Two-factor sign-in was turned on", "Two-factor sign-in was turned off");
		assertThat(received).allSatisfy(message -> assertThat(message.getAllRecipients()).extracting(Object::toString)
			.containsExactly(ann.email()));
		MimeMessage off = Arrays.stream(received)
			.filter(message -> subject(message).endsWith("turned off"))
			.findFirst()
			.orElseThrow();
		assertThat(plainText(off))
			.contains("Hello Ann,",
					"Two-factor sign-in was turned off for your ExpenSync account on 2026-06-01 12:00 (Europe/Berlin) "
							+ "from Firefox on Linux (10.1.2.3). Every other browser signed in to your account was "
							+ "signed out.",
					"If this was not you, someone else can get into your account",
					"http://localhost:8080/password/forgot")
			.doesNotContain(secret);
	}

	@Test
	void newRecoveryCodesAreEmailedAndARefusedTrySendsNothing() throws Exception {
		turnOn();
		delivery.deliverDue();
		smtp.purgeEmailFromAllMailboxes();

		assertThat(post("/profile/two-factor/recovery-codes", "proof", "not my password")).hasStatusOk();
		assertThat(delivery.deliverDue()).as("refused").isZero();
		assertThat(post("/profile/two-factor/recovery-codes", "proof", TestUsers.PASSWORD)).hasStatusOk()
			.bodyText()
			.contains("New recovery codes are made");

		assertThat(delivery.deliverDue()).isOne();
		MimeMessage renewed = smtp.receivedMessages()[0];
		assertThat(renewed.getSubject()).isEqualTo("New recovery codes were made");
		assertThat(plainText(renewed))
			.contains("New recovery codes were made for your ExpenSync account, and the old ones no longer work on "
					+ "2026-06-01 12:00 (Europe/Berlin) from Firefox on Linux (10.1.2.3).")
			.doesNotContain("signed out");
	}

	/** Turns two-factor sign-in on from the profile page, as Ann in Firefox. */
	private String turnOn() {
		assertThat(post("/profile/two-factor/start")).hasRedirectedUrl("/profile/two-factor");
		String secret = twoFactors.unseal(ann.id(),
				(PendingSecret) session.getAttribute(TwoFactorController.ENROLMENT));
		String code = Totp.code(Base32.decode(secret), Totp.step(clock.instant()), 6);
		assertThat(post("/profile/two-factor/confirm", "code", code)).hasStatusOk()
			.bodyText()
			.contains("Two-factor sign-in is on");
		assertThat(twoFactorIsOn()).isTrue();
		return secret;
	}

	private boolean twoFactorIsOn() {
		return twoFactors.isOn(ann.id());
	}

	private MvcTestResult post(String path, String... params) {
		var request = mvc.post()
			.uri(path)
			.session(session)
			.with(TestUsers.session(ann))
			.with(csrf())
			.header("User-Agent", FIREFOX)
			.with(sent -> {
				sent.setRemoteAddr("10.1.2.3");
				return sent;
			});
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The text/plain part, decoded, wherever it sits in the message's parts. */
	private static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				String text = plainText(parts.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
