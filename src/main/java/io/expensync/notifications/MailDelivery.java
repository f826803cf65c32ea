package io.expensync.notifications;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the outbox over SMTP when {@code spring.mail.host} is set; without it, emails
 * stay in the outbox and are read in the mailbox. A failed email is retried with backoff
 * and, after the last attempt, marked failed.
 */
@Service
public class MailDelivery {

	static final int MAX_ATTEMPTS = 8;

	private static final int BATCH = 20;

	private final OutboxRepository emails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	private final String from;

	private final MeterRegistry meters;

	private final boolean hostSet;

	MailDelivery(OutboxRepository emails, ObjectProvider<JavaMailSender> mailSender, Clock clock,
			@Value("${expensync.mail.from:ExpenSync <no-reply@localhost>}") String from, MeterRegistry meters,
			@Value("${spring.mail.host:}") String host) {
		this.emails = emails;
		this.mailSender = mailSender;
		this.hostSet = !host.isBlank();
		this.clock = clock;
		this.from = from;
		this.meters = meters;
	}

	/** Whether SMTP is configured at all. */
	public boolean enabled() {
		return sender() != null;
	}

	// the fast start's build makes the sender whatever the settings
	// (AheadOfTimeSettings):
	// without a host it would send to localhost
	private @Nullable JavaMailSender sender() {
		return hostSet ? mailSender.getIfAvailable() : null;
	}

	/** Sends up to a batch of due emails; answers how many went out. */
	@Transactional
	public int deliverDue() {
		JavaMailSender sender = sender();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (OutboxEmail email : emails.lockDue(OutboxEmail.Status.PENDING, clock.instant(), Limit.of(BATCH))) {
			try {
				sender.send(message(sender, email));
				email.sent(clock.instant());
				meters.counter("expensync.mail.sent").increment();
				sent++;
			}
			catch (MailException | MessagingException ex) {
				email.failed(String.valueOf(ex.getMessage()), MAX_ATTEMPTS, clock.instant());
				meters.counter("expensync.mail.failed").increment();
			}
		}
		return sent;
	}

	private MimeMessage message(JavaMailSender sender, OutboxEmail email) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		return message;
	}

}
