package io.expensync.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.SmtpServer;
import io.expensync.TestUsers;
import io.expensync.WithSmtpServer;
import io.expensync.users.CurrentUser;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox delivered over real SMTP (GreenMail): sent once; kept and retried with
 * backoff while SMTP is down.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests that read the emails sent
@Import(MovableClockConfiguration.class)
@WithSmtpServer
class MailDeliveryIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	SmtpServer smtp;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	@BeforeEach
	void setUp() throws Exception {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		ann = users.signUp("Ann");
		// what other tests left waiting in the shared database is set aside, not sent
		// (one
		// by one that took 25 s after a full run), so only this test's emails are due:
		// also those written at a later time of the movable clock, which would fall due
		// as
		// it moves the clock
		SmtpServer.setAsideWaitingEmails(jdbc);
		smtp.purgeEmailFromAllMailboxes();
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
	}

	@Test
	void sendsTextAndHtmlOnceAndMarksTheEmailSent() throws Exception {
		queue("Hello Ann");
		assertThat(delivery.deliverDue()).isEqualTo(1);
		assertThat(delivery.deliverDue()).isZero();

		MimeMessage[] received = smtp.receivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Hello Ann");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(ann.email());
		String raw = GreenMailUtil.getWholeMessage(received[0]);
		assertThat(raw).contains("text/plain", "text/html", "Plain words", "<strong>Bold words</strong>");
		assertThat(outbox.mailbox(ann)).extracting(MailboxEntry::subject, MailboxEntry::status)
			.contains(org.assertj.core.groups.Tuple.tuple("Hello Ann", "SENT"));
	}

	@Test
	void keepsAndRetriesWhileSmtpIsDownAndLosesNothing() throws Exception {
		smtp.stop();
		queue("Sent later");
		assertThat(delivery.deliverDue()).isZero();
		MailboxEntry waiting = sentLater();
		assertThat(waiting.status()).isEqualTo("PENDING");
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).isNotBlank();

		smtp.start();
		assertThat(delivery.deliverDue()).as("not due again before its backoff").isZero();
		clock.set(Instant.parse("2026-05-10T10:01:30Z"));
		assertThat(delivery.deliverDue()).isEqualTo(1);
		assertThat(smtp.receivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Sent later");
		assertThat(sentLater().status()).isEqualTo("SENT");
	}

	@Test
	void aOneTimeLinkIsKeptUntilDeliveredAndNoLonger() throws Exception {
		queueWithLink("Reset your password", "https://money.example.org/password/reset?token=SECRET123");
		assertThat(withSubject("Reset your password").text()).as("until delivered, its recipient reads it")
			.contains("SECRET123");

		assertThat(delivery.deliverDue()).isEqualTo(1);
		assertThat(GreenMailUtil.getWholeMessage(smtp.receivedMessages()[0])).contains("SECRET123");
		MailboxEntry sent = withSubject("Reset your password");
		assertThat(sent.status()).isEqualTo("SENT");
		assertThat(sent.text() + sent.html()).doesNotContain("SECRET123").contains("held a one-time link");
		assertThat(stored("Reset your password")).doesNotContain("SECRET123");
	}

	@Test
	void aOneTimeLinkNeverDeliveredIsRemovedOnceExpired() {
		smtp.stop();
		queueWithLink("Confirm your address", "https://money.example.org/verify?token=SECRET456");
		assertThat(delivery.deliverDue()).isZero();
		clock.set(clock.instant().plus(Duration.ofDays(6)));
		outbox.forgetExpiredLinks();
		assertThat(stored("Confirm your address")).as("still valid").contains("SECRET456");

		clock.set(clock.instant().plus(Duration.ofDays(2)));
		assertThat(outbox.forgetExpiredLinks()).isPositive();
		assertThat(stored("Confirm your address")).doesNotContain("SECRET456").contains("held a one-time link");
		assertThat(withSubject("Confirm your address").status()).as("its delivery state stays").isEqualTo("PENDING");

		smtp.start();
	}

	/** Both bodies, as the database holds them. */
	private String stored(String subject) {
		return jdbc.queryForObject("select text_body || html_body from email_outbox where user_id = ? and subject = ?",
				String.class, ann.id(), subject);
	}

	private MailboxEntry withSubject(String subject) {
		return outbox.mailbox(ann).stream().filter(email -> email.subject().equals(subject)).findFirst().orElseThrow();
	}

	private void queueWithLink(String subject, String link) {
		transactions.executeWithoutResult(status -> outbox.queueWithLink(ann.id(), ann.email(), subject,
				"<p><a href=\"%s\">Open</a></p>".formatted(link), "Open " + link, "password-reset"));
	}

	private MailboxEntry sentLater() {
		return outbox.mailbox(ann)
			.stream()
			.filter(email -> email.subject().equals("Sent later"))
			.findFirst()
			.orElseThrow();
	}

	private void queue(String subject) {
		transactions.executeWithoutResult(status -> outbox.queue(ann.id(), ann.email(), subject,
				"<p><strong>Bold words</strong></p>", "Plain words", "test"));
	}

}
