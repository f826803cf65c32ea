package io.expensync.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes emails into the outbox, inside the caller's transaction, and reads them back for
 * the mailbox.
 */
@Service
public class Outbox {

	private final OutboxRepository emails;

	private final Clock clock;

	Outbox(OutboxRepository emails, Clock clock) {
		this.emails = emails;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void queue(UUID userId, String recipient, String subject, String html, String text, String kind) {
		emails.save(new OutboxEmail(userId, recipient, subject, html, text, kind, clock.instant()));
	}

	/** The newest emails: an admin sees everyone's, anyone else their own. */
	@Transactional(readOnly = true)
	public List<MailboxEntry> mailbox(CurrentUser user) {
		List<OutboxEmail> found = user.isAdmin() ? emails.findTop100ByOrderByCreatedAtDesc()
				: emails.findTop100ByUserIdOrderByCreatedAtDesc(user.id());
		return found.stream().map(OutboxEmail::entry).toList();
	}

	@Transactional(readOnly = true)
	public MailboxEntry read(CurrentUser user, UUID id) {
		return (user.isAdmin() ? emails.findById(id) : emails.findByIdAndUserId(id, user.id())).map(OutboxEmail::entry)
			.orElseThrow(() -> new EmailNotFoundException(id));
	}

	static class EmailNotFoundException extends NotFoundException {

		EmailNotFoundException(UUID id) {
			super("Email", id);
		}

	}

}
