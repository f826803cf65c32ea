package io.expensync.security.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import io.expensync.security.RecoveryCodeUsed;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.CredentialsChanged.Change;
import io.expensync.users.UserService;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.RefusedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning two-factor sign-in on (a secret the user's app confirms with a code) and off,
 * new recovery codes, and checking the code asked for after the password. The first three
 * are announced as {@link CredentialsChanged}: logged, emailed to the user, and (on or
 * off) followed by signing out their other browsers.
 */
@Service
public class TwoFactorService {

	static final String ISSUER = "ExpenSync";

	private static final int SECRET_BYTES = 20;

	private final TwoFactorRepository twoFactors;

	private final SecretKeyring keyring;

	private final UserService users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TwoFactorService(TwoFactorRepository twoFactors, SecretKeyring keyring, UserService users,
			PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.twoFactors = twoFactors;
		this.keyring = keyring;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** Whether the user signs in with a code after the password. */
	@Transactional(readOnly = true)
	public boolean isOn(UUID userId) {
		return twoFactors.existsById(userId);
	}

	@Transactional(readOnly = true)
	Optional<Status> status(UUID userId) {
		return twoFactors.findById(userId).map(on -> new Status(on.enabledAt(), on.recoveryCodesLeft()));
	}

	/** A new secret for the user's app; nothing is stored until {@link #confirm}. */
	Enrolment begin(String email) {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return enrolment(email, Base32.encode(secret));
	}

	/**
	 * A secret being set up, as the session keeps it until the code confirms it:
	 * encrypted, since sessions are rows in the database.
	 */
	PendingSecret seal(UUID userId, String secretBase32) {
		return new PendingSecret(keyring.encrypt(secretBase32.getBytes(StandardCharsets.US_ASCII), pending(userId)));
	}

	String unseal(UUID userId, PendingSecret pending) {
		return new String(keyring.decrypt(pending.sealed(), pending(userId)), StandardCharsets.US_ASCII);
	}

	private static String pending(UUID userId) {
		return "pending:" + userId;
	}

	/** What the page shows of a secret being set up: the QR code and the key. */
	Enrolment enrolment(String email, String base32) {
		String label = encode(ISSUER + ":" + email);
		String uri = "otpauth://totp/%s?secret=%s&issuer=%s&algorithm=SHA1&digits=%d&period=%d".formatted(label, base32,
				encode(ISSUER), Totp.DIGITS, Totp.STEP_SECONDS);
		return new Enrolment(base32, QrCode.svg(uri, "QR code to scan with your authenticator app"));
	}

	/**
	 * Turns two-factor sign-in on when the code is the app's current one for this secret.
	 * @return the recovery codes, in clear for this once
	 * @throws InvalidFieldException on {@code code} when it is not
	 */
	@Transactional
	List<String> confirm(UUID userId, String secretBase32, String code) {
		if (twoFactors.existsById(userId)) {
			throw new RefusedException("Two-factor sign-in is on already.");
		}
		byte[] secret = Base32.decode(secretBase32);
		OptionalLong step = Totp.match(secret, code, clock.instant());
		if (step.isEmpty()) {
			throw new InvalidFieldException("code",
					"That is not the code your app shows now. Check that its clock is right and try the next one.");
		}
		List<String> codes = RecoveryCodes.generate();
		twoFactors.save(new TwoFactor(userId, keyring.encrypt(secret, userId.toString()), step.getAsLong(),
				codes.stream().map(recovery -> RecoveryCodes.hash(keyring, userId, recovery)).toList(),
				clock.instant()));
		events.publishEvent(CredentialsChanged.now(userId, Change.TWO_FACTOR_ON, clock));
		return codes;
	}

	/**
	 * Whether this is the user's current code (not taken before) or an unused recovery
	 * code; either is used up by it.
	 */
	@Transactional
	public boolean verify(UUID userId, String code) {
		return twoFactors.findById(userId).map(on -> verify(on, code)).orElse(false);
	}

	private boolean verify(TwoFactor on, String code) {
		String given = code.strip();
		if (given.matches("\\d{" + Totp.DIGITS + "}")) {
			byte[] secret = keyring.decrypt(on.sealedSecret(), on.userId().toString());
			return on.take(Totp.match(secret, given, clock.instant()));
		}
		boolean spent = !given.isEmpty()
				&& (on.spendRecoveryCode(RecoveryCodes.hash(keyring, on.userId(), given), clock.instant())
						|| on.spendRecoveryCode(RecoveryCodes.unkeyedHash(given), clock.instant()));
		if (spent) {
			events.publishEvent(new RecoveryCodeUsed(on.userId(), on.recoveryCodesLeft()));
		}
		return spent;
	}

	/**
	 * Turns it off, on the user's password or a current code.
	 * @throws InvalidFieldException on {@code proof} when it is neither
	 */
	@Transactional
	void turnOff(UUID userId, String proof) {
		TwoFactor on = twoFactors.findById(userId)
			.orElseThrow(() -> new RefusedException("Two-factor sign-in is off already."));
		check(on, proof);
		twoFactors.delete(on);
		events.publishEvent(CredentialsChanged.now(userId, Change.TWO_FACTOR_OFF, clock));
	}

	/**
	 * New recovery codes in place of all old ones, on the user's password or a current
	 * code.
	 */
	@Transactional
	List<String> renewRecoveryCodes(UUID userId, String proof) {
		TwoFactor on = twoFactors.findById(userId)
			.orElseThrow(() -> new RefusedException("Two-factor sign-in is off."));
		check(on, proof);
		List<String> codes = RecoveryCodes.generate();
		on.replaceRecoveryCodes(codes.stream().map(recovery -> RecoveryCodes.hash(keyring, userId, recovery)).toList());
		events.publishEvent(CredentialsChanged.now(userId, Change.RECOVERY_CODES_RENEWED, clock));
		return codes;
	}

	private void check(TwoFactor on, String proof) {
		String email = users.get(on.userId()).email();
		boolean password = users.credentials(email)
			.map(credentials -> passwords.matches(proof, credentials.passwordHash()))
			.orElse(false);
		boolean code = !password && proof.strip().matches("\\d{" + Totp.DIGITS + "}") && verify(on, proof);
		if (!password && !code) {
			throw new InvalidFieldException("proof", "That is neither your password nor a current code.");
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A secret to add to an authenticator app, as text and as a QR code (SVG). */
	/** A secret being set up, encrypted for the session. */
	public record PendingSecret(String sealed) implements java.io.Serializable {
	}

	public record Enrolment(String secret, String qrSvg) {

		/** The secret in groups of four, for typing it in. */
		public String grouped() {
			return secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

	public record Status(Instant enabledAt, long recoveryCodesLeft) {
	}

}
