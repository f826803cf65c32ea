package io.expensync.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes emails into the outbox, inside the caller's transaction, and reads them back for
 * the mailbox.
 */
@Service
public class Outbox {

	/**
	 * How long an undelivered email keeps its one-time link: the longest any is valid.
	 */
	static final Duration LINKS_KEPT = Duration.ofDays(7);

	private final OutboxRepository emails;

	private final Clock clock;

	Outbox(OutboxRepository emails, Clock clock) {
		this.emails = emails;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void queue(@Nullable UUID userId, String recipient, String subject, String html, String text, String kind) {
		emails.save(new OutboxEmail(userId, recipient, subject, html, text, kind, false, clock.instant()));
	}

	/**
	 * An email with a one-time link in it: its body is kept until it is delivered, or for
	 * {@link #LINKS_KEPT} when it is not.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void queueWithLink(@Nullable UUID userId, String recipient, String subject, String html, String text, String kind) {
		emails.save(new OutboxEmail(userId, recipient, subject, html, text, kind, true, clock.instant()));
	}

	/** Removes the one-time links of emails older than {@link #LINKS_KEPT}. */
	@Transactional
	public int forgetExpiredLinks() {
		return emails.forgetLinks(clock.instant().minus(LINKS_KEPT), OutboxEmail.LINK_REMOVED_HTML,
				OutboxEmail.LINK_REMOVED);
	}

	/**
	 * The newest emails: an admin sees everyone's, anyone else their own; only the
	 * recipient sees what one says.
	 */
	@Transactional(readOnly = true)
	public List<MailboxEntry> mailbox(CurrentUser user) {
		List<OutboxEmail> found = user.isAdmin() ? emails.findTop100ByOrderByCreatedAtDesc()
				: emails.findTop100ByUserIdOrderByCreatedAtDesc(user.id());
		return found.stream().map(email -> asSeenBy(user, email)).toList();
	}

	/**
	 * Every email written to the user, oldest first, without the bodies: only theirs,
	 * also for an admin.
	 */
	@Transactional(readOnly = true)
	public List<EmailSummary> sentTo(UUID userId) {
		return emails.summariesOf(userId)
			.stream()
			.map(row -> new EmailSummary((UUID) row[0], (String) row[1], (String) row[2],
					((OutboxEmail.Status) row[3]).name(), (Instant) row[4], (Instant) row[5]))
			.toList();
	}

	@Transactional(readOnly = true)
	public MailboxEntry read(CurrentUser user, UUID id) {
		return (user.isAdmin() ? emails.findById(id) : emails.findByIdAndUserId(id, user.id()))
			.map(email -> asSeenBy(user, email))
			.orElseThrow(() -> new EmailNotFoundException(id));
	}

	private static MailboxEntry asSeenBy(CurrentUser user, OutboxEmail email) {
		return user.id().equals(email.userId()) ? email.entry() : email.metadata();
	}

	static class EmailNotFoundException extends NotFoundException {

		EmailNotFoundException(UUID id) {
			super("Email", id);
		}

	}

}
