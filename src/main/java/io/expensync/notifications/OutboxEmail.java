package io.expensync.notifications;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * An email waiting to be delivered, or delivered: written in the transaction of the
 * change that causes it.
 */
@Entity
@Table(name = "email_outbox")
class OutboxEmail {

	enum Status {

		/**
		 * Waiting for SMTP delivery (or, with no SMTP configured, readable in the mailbox
		 * only).
		 */
		PENDING, SENT, FAILED

	}

	@Id
	private UUID id;

	@Column(name = "user_id", updatable = false)
	private @Nullable UUID userId;

	@Column(nullable = false, updatable = false)
	private String recipient;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(name = "html_body", nullable = false)
	private String html;

	@Column(name = "text_body", nullable = false)
	private String text;

	/** Whether the body holds a one-time link, kept only until delivery. */
	@Column(name = "one_time_link", nullable = false, updatable = false)
	private boolean oneTimeLink;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private @Nullable String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private @Nullable Instant sentAt;

	static final String LINK_REMOVED = "This email held a one-time link. It was removed once the email was "
			+ "delivered or the link had expired.";

	static final String LINK_REMOVED_HTML = "<p>" + LINK_REMOVED + "</p>";

	protected OutboxEmail() {
	}

	OutboxEmail(@Nullable UUID userId, String recipient, String subject, String html, String text, String kind,
			boolean oneTimeLink, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.recipient = recipient;
		this.subject = subject;
		this.html = html;
		this.text = text;
		this.kind = kind;
		this.oneTimeLink = oneTimeLink;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/** Delivered now: a one-time link in it is no longer kept. */
	void sent(Instant now) {
		status = Status.SENT;
		attempts++;
		sentAt = now;
		lastError = null;
		if (oneTimeLink) {
			html = LINK_REMOVED_HTML;
			text = LINK_REMOVED;
		}
	}

	/**
	 * Not delivered: tried again after 1, 2, 4 … minutes (at most an hour apart); after
	 * {@code maxAttempts} it is marked failed, for an admin to see in the mailbox.
	 */
	void failed(String error, int maxAttempts, Instant now) {
		attempts++;
		lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
		if (attempts >= maxAttempts) {
			status = Status.FAILED;
			return;
		}
		long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
		nextAttemptAt = now.plusSeconds(60 * minutes);
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String html() {
		return html;
	}

	String text() {
		return text;
	}

	/** As its recipient sees it in the mailbox. */
	MailboxEntry entry() {
		return new MailboxEntry(id, recipient, subject, kind, status.name(), attempts, lastError, createdAt, sentAt,
				html, text, true);
	}

	/**
	 * As an admin sees another user's email: when, to whom, whether delivered; not what
	 * it says.
	 */
	MailboxEntry metadata() {
		return new MailboxEntry(id, recipient, subject, kind, status.name(), attempts, lastError, createdAt, sentAt, "",
				"", false);
	}

	@Nullable UUID userId() {
		return userId;
	}

}
