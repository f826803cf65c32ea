package io.expensync.security.twofactor;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One recovery code, by its SHA-256 hash; good for one sign-in. */
@Entity
@Table(name = "recovery_codes")
class RecoveryCode {

	@Id
	private UUID id;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(String codeHash) {
		this.id = UUID.randomUUID();
		this.codeHash = codeHash;
	}

	boolean matches(String hash) {
		return codeHash.equals(hash);
	}

	boolean unused() {
		return usedAt == null;
	}

	boolean spend(Instant now) {
		if (usedAt != null) {
			return false;
		}
		usedAt = now;
		return true;
	}

}
