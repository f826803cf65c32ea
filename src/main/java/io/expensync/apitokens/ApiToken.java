package io.expensync.apitokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token, by the SHA-256 of its secret. Nothing about it changes but when
 * it was last used; revoking it deletes it.
 */
@Entity
@Table(name = "api_tokens")
class ApiToken {

	/**
	 * How exact "last used" is: noting every use would write a row for each request a
	 * busy script sends.
	 */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", updatable = false)
	private @Nullable Instant expiresAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(UUID userId, String name, String tokenHash, Instant createdAt, @Nullable Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	String name() {
		return name;
	}

	@Nullable Instant expiresAt() {
		return expiresAt;
	}

	boolean isExpiredAt(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	/** Notes a use, unless one was noted less than {@link #LAST_USED_PRECISION} ago. */
	void noteUse(Instant now) {
		if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USED_PRECISION))) {
			lastUsedAt = now;
		}
	}

	ApiTokenView view(Instant now) {
		return new ApiTokenView(id, name, createdAt, lastUsedAt, expiresAt, isExpiredAt(now));
	}

}
