package io.expensync.audit;

import java.time.LocalDate;

import io.expensync.apitokens.ApiTokenCreated;
import io.expensync.apitokens.ApiTokenRevoked;
import io.expensync.audit.AuditEvent.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the API tokens the user makes and revokes, by name and expiry. Heard inside the
 * changing database transaction, so the entry is kept exactly when the change is.
 */
@Component
class ApiTokenAudit {

	private final AuditLog log;

	ApiTokenAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void created(ApiTokenCreated created) {
		log.record(created.userId(), Kind.API_TOKEN_CREATED, describe(created.name(), created.expiresOn(), false));
	}

	@EventListener
	void revoked(ApiTokenRevoked revoked) {
		log.record(revoked.userId(), Kind.API_TOKEN_REVOKED,
				describe(revoked.name(), revoked.expiresOn(), revoked.expired()));
	}

	private static String describe(String name, @Nullable LocalDate expiresOn, boolean expired) {
		if (expiresOn == null) {
			return "“%s”, no expiry".formatted(name);
		}
		return "“%s”, %s %s".formatted(name, expired ? "expired" : "expires", expiresOn);
	}

}
