package io.expensync.security.twofactor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A user's two-factor sign-in: the encrypted TOTP secret, the last step a code was taken
 * for (so no code is taken twice), and the recovery codes.
 */
@Entity
@Table(name = "two_factor")
class TwoFactor {

	@Id
	@Column(name = "user_id")
	private UUID userId;

	@Column(nullable = false)
	private String secret;

	@Column(name = "last_step", nullable = false)
	private long lastStep;

	@Column(name = "enabled_at", nullable = false)
	private Instant enabledAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id", nullable = false, updatable = false)
	private List<RecoveryCode> recoveryCodes = new ArrayList<>();

	@Version
	private @Nullable Long version;

	protected TwoFactor() {
	}

	/**
	 * Turned on with the step of the code that confirmed it, which is thereby used up.
	 */
	TwoFactor(UUID userId, String sealedSecret, long confirmedStep, List<String> recoveryCodeHashes, Instant now) {
		this.userId = userId;
		this.secret = sealedSecret;
		this.lastStep = confirmedStep;
		this.enabledAt = now;
		replaceRecoveryCodes(recoveryCodeHashes);
	}

	/**
	 * Takes the step a correct code matched, unless a code of that step or a later one
	 * was taken already (a replayed or older code).
	 */
	boolean take(OptionalLong matchedStep) {
		if (matchedStep.isEmpty() || matchedStep.getAsLong() <= lastStep) {
			return false;
		}
		lastStep = matchedStep.getAsLong();
		return true;
	}

	/** Spends the unused recovery code with this hash, if there is one. */
	boolean spendRecoveryCode(String hash, Instant now) {
		return recoveryCodes.stream()
			.filter(code -> code.matches(hash))
			.findFirst()
			.map(code -> code.spend(now))
			.orElse(false);
	}

	void replaceRecoveryCodes(List<String> hashes) {
		recoveryCodes.clear();
		hashes.forEach(hash -> recoveryCodes.add(new RecoveryCode(hash)));
	}

	long recoveryCodesLeft() {
		return recoveryCodes.stream().filter(RecoveryCode::unused).count();
	}

	UUID userId() {
		return userId;
	}

	String sealedSecret() {
		return secret;
	}

	Instant enabledAt() {
		return enabledAt;
	}

}
