package io.expensync.audit;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.security.PasskeyAdded;
import io.expensync.security.PasskeyRemoved;
import io.expensync.security.RecoveryCodeUsed;
import io.expensync.security.SessionsEnded;
import io.expensync.users.CredentialsChanged.Change;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the browsers signed out (how many, and why), the passkeys added and removed, and
 * the recovery codes used. Heard as they are published: inside the changing database
 * transaction when there is one, so the entry is kept exactly when the change is.
 */
@Component
class SecurityAudit {

	private final AuditLog log;

	SecurityAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void sessionsEnded(SessionsEnded ended) {
		String detail = switch (ended.which()) {
			case CHOSEN -> null;
			case ALL_BUT_THIS_ONE -> "%d browser(s), all but this one%s".formatted(ended.count(), why(ended.cause()));
			case EVERY_ONE -> "%d browser(s), every one%s".formatted(ended.count(), why(ended.cause()));
		};
		log.record(ended.userId(), Kind.SESSION_ENDED, detail);
	}

	@EventListener
	void passkeyAdded(PasskeyAdded added) {
		log.record(added.userId(), Kind.PASSKEY_ADDED, added.label());
	}

	@EventListener
	void passkeyRemoved(PasskeyRemoved removed) {
		log.record(removed.userId(), Kind.PASSKEY_REMOVED, removed.label());
	}

	@EventListener
	void recoveryCodeUsed(RecoveryCodeUsed used) {
		log.record(used.userId(), Kind.RECOVERY_CODE_USED, "%d left".formatted(used.codesLeft()));
	}

	private static String why(@Nullable Change cause) {
		return (cause == null) ? "" : switch (cause) {
			case PASSWORD_CHANGED -> ", as the password was changed";
			case PASSWORD_RESET -> ", as the password was reset";
			case TWO_FACTOR_ON -> ", as two-factor sign-in was turned on";
			case TWO_FACTOR_OFF -> ", as two-factor sign-in was turned off";
			case RECOVERY_CODES_RENEWED -> "";
		};
	}

}
