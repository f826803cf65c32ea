package io.expensync.security;

import java.util.UUID;

import io.expensync.users.CredentialsChanged.Change;
import org.jspecify.annotations.Nullable;

/**
 * Browsers signed in as the user were signed out: one the user chose on the sessions
 * page, or {@code count} at once, by the user or after a change to how they sign in
 * ({@code cause}). Heard by {@code audit} as it is published, so the entry notes the
 * request it came from; in the changing database transaction when there is one (after a
 * credential change), on a connection of its own when there is none (the sessions page).
 */
public record SessionsEnded(UUID userId, Which which, int count, @Nullable Change cause) {

	/** One chosen session. */
	static SessionsEnded one(UUID userId) {
		return new SessionsEnded(userId, Which.CHOSEN, 1, null);
	}

	/** Which of the user's sessions went. */
	public enum Which {

		/** The one the user chose. */
		CHOSEN,
		/** All but the browser that asked. */
		ALL_BUT_THIS_ONE,
		/** Every one. */
		EVERY_ONE

	}

}
