package io.expensync.notifications;

import java.time.Duration;
import java.util.List;

import io.expensync.users.CurrentUser;

/**
 * Waiting for emails a change writes after its answer, on another thread: the test waits
 * for the email itself in the user's mailbox, not for the threads to go idle.
 */
public final class ArrivingEmails {

	/**
	 * Long enough for a loaded machine; an email that comes sooner ends the wait sooner.
	 */
	public static final Duration PATIENCE = Duration.ofSeconds(60);

	private ArrivingEmails() {
	}

	/** The user's emails of the kind, once there are at least so many. */
	public static List<MailboxEntry> await(Outbox outbox, CurrentUser user, String kind, int atLeast) {
		return org.awaitility.Awaitility.await(atLeast + " " + kind + " email(s) to " + user.email())
			.atMost(PATIENCE)
			.until(() -> outbox.mailbox(user).stream().filter((email) -> email.kind().equals(kind)).toList(),
					(emails) -> emails.size() >= atLeast);
	}

	/** The user's first email of the kind, once it is there. */
	public static MailboxEntry first(Outbox outbox, CurrentUser user, String kind) {
		return await(outbox, user, kind, 1).get(0);
	}

}
