package io.expensync.users;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.expensync.web.RequestOrigin;
import org.jspecify.annotations.Nullable;

/**
 * How the user signs in changed: their password (changed while signed in, or reset
 * through an emailed link) or their two-factor sign-in (turned on or off, new recovery
 * codes), with when and from which browser. Published in the changing database
 * transaction and heard there by {@code audit} (the log entry) and {@code notifications}
 * (an email telling the user), and after the commit by {@code security}, which signs out
 * the browsers {@link Change#signOut()} names. It lives here, beside the user, because
 * {@code security} publishes the two-factor changes and {@code notifications}, which
 * hears them all, does not depend on {@code security}.
 */
public record CredentialsChanged(UUID userId, Change change, Instant at, @Nullable RequestOrigin origin) {

	/** The change, at the clock's time, from the request being served (if any). */
	public static CredentialsChanged now(UUID userId, Change change, Clock clock) {
		return new CredentialsChanged(userId, change, clock.instant(), RequestOrigin.current().orElse(null));
	}

	/** What changed, and which of the user's browsers stay signed in after it. */
	public enum Change {

		PASSWORD_CHANGED(SignOut.OTHER_BROWSERS), PASSWORD_RESET(SignOut.EVERY_BROWSER),
		TWO_FACTOR_ON(SignOut.OTHER_BROWSERS), TWO_FACTOR_OFF(SignOut.OTHER_BROWSERS),
		RECOVERY_CODES_RENEWED(SignOut.NONE);

		private final SignOut signOut;

		Change(SignOut signOut) {
			this.signOut = signOut;
		}

		/**
		 * Which browsers signed in as the user are signed out after the change: whoever
		 * knew the old password, or got past the old sign-in, must sign in anew. A reset
		 * comes from a browser that is not signed in, so none is kept.
		 */
		public SignOut signOut() {
			return signOut;
		}

	}

	/** The browsers signed out after a change. */
	public enum SignOut {

		NONE, OTHER_BROWSERS, EVERY_BROWSER

	}

}
