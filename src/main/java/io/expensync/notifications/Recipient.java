package io.expensync.notifications;

import java.util.Locale;
import java.util.UUID;

import io.expensync.users.UserView;
import org.jspecify.annotations.Nullable;

/**
 * Where an email goes, the language it is written in, and whose it is in the outbox: its
 * owner sees it in the mailbox and it goes with their row; one owned by nobody
 * ({@code owner} null) outlives every user's row.
 */
record Recipient(@Nullable UUID owner, String address, Locale locale) {

	/** The user, whose email it is. */
	static Recipient of(UserView user) {
		return new Recipient(user.id(), user.email(), user.profile().locale());
	}

	/**
	 * The user being deleted, the email owned by nobody: their goodbye email, which their
	 * row's deletion must not take along.
	 */
	static Recipient leaving(UserView user) {
		return new Recipient(null, user.email(), user.profile().locale());
	}

	/** An address that has no account yet (to finish signing up), owned by nobody. */
	static Recipient address(String address, Locale locale) {
		return new Recipient(null, address, locale);
	}

}
