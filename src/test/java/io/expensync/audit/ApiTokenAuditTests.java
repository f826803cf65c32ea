package io.expensync.audit;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.UUID;

import io.expensync.apitokens.ApiTokenCreated;
import io.expensync.apitokens.ApiTokenRevoked;
import io.expensync.audit.AuditEvent.Kind;

import org.junit.jupiter.api.Test;

/** What the log says of the API tokens made and revoked. */
class ApiTokenAuditTests {

	private final AuditLog log = mock(AuditLog.class);

	private final ApiTokenAudit audit = new ApiTokenAudit(log);

	private final UUID userId = UUID.randomUUID();

	@Test
	void aTokenMadeIsLoggedWithItsExpiryOrNone() {
		audit.created(new ApiTokenCreated(userId, UUID.randomUUID(), "backup", LocalDate.of(2027, 3, 1)));
		verify(log).record(userId, Kind.API_TOKEN_CREATED, "“backup”, expires 2027-03-01");
		audit.created(new ApiTokenCreated(userId, UUID.randomUUID(), "forever", null));
		verify(log).record(userId, Kind.API_TOKEN_CREATED, "“forever”, no expiry");
	}

	@Test
	void aRevokedTokenSaysWhetherItHadExpired() {
		audit.revoked(new ApiTokenRevoked(userId, UUID.randomUUID(), "old", LocalDate.of(2026, 1, 2), true));
		verify(log).record(userId, Kind.API_TOKEN_REVOKED, "“old”, expired 2026-01-02");
		audit.revoked(new ApiTokenRevoked(userId, UUID.randomUUID(), "new", LocalDate.of(2027, 1, 2), false));
		verify(log).record(userId, Kind.API_TOKEN_REVOKED, "“new”, expires 2027-01-02");
	}

}
