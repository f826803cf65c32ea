package io.expensync.audit;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.UUID;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.security.PasskeyAdded;
import io.expensync.security.PasskeyRemoved;
import io.expensync.security.RecoveryCodeUsed;
import io.expensync.security.SessionsEnded;
import io.expensync.security.SessionsEnded.Which;
import io.expensync.users.CredentialsChanged.Change;

import org.junit.jupiter.api.Test;

/** What the log says of the events {@code security} publishes. */
class SecurityAuditTests {

	private final AuditLog log = mock(AuditLog.class);

	private final SecurityAudit audit = new SecurityAudit(log);

	private final UUID userId = UUID.randomUUID();

	@Test
	void aChosenSessionIsLoggedWithoutDetail() {
		audit.sessionsEnded(new SessionsEnded(userId, Which.CHOSEN, 1, null));
		verify(log).record(userId, Kind.SESSION_ENDED, null);
	}

	@Test
	void sessionsEndedAtOnceAreCountedWithWhichAndWhy() {
		audit.sessionsEnded(new SessionsEnded(userId, Which.ALL_BUT_THIS_ONE, 3, null));
		verify(log).record(userId, Kind.SESSION_ENDED, "3 browser(s), all but this one");
		audit.sessionsEnded(new SessionsEnded(userId, Which.EVERY_ONE, 2, Change.PASSWORD_RESET));
		verify(log).record(userId, Kind.SESSION_ENDED, "2 browser(s), every one, as the password was reset");
	}

	@Test
	void passkeysAreLoggedByLabel() {
		audit.passkeyAdded(new PasskeyAdded(userId, "AQID", "Work laptop"));
		verify(log).record(userId, Kind.PASSKEY_ADDED, "Work laptop");
		audit.passkeyRemoved(new PasskeyRemoved(userId, "AQID", "Work laptop"));
		verify(log).record(userId, Kind.PASSKEY_REMOVED, "Work laptop");
	}

	@Test
	void aRecoveryCodeUsedSaysHowManyAreLeft() {
		audit.recoveryCodeUsed(new RecoveryCodeUsed(userId, 9));
		verify(log).record(userId, Kind.RECOVERY_CODE_USED, "9 left");
	}

}
