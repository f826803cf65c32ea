package io.expensync.users.email;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.expensync.users.AddressVerificationRequested;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.PasswordResetRequested;
import io.expensync.users.UserRegistered;
import io.expensync.users.password.PasswordPolicy;
import io.expensync.users.store.User;
import io.expensync.users.store.UserRepository;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.RefusedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links sent by email: confirming the address (with the welcome email, or again on
 * request) and resetting a forgotten password.
 */
@Service
public class EmailLinks {

	static final Duration VERIFICATION_LIFETIME = Duration.ofDays(7);

	static final Duration RESET_LIFETIME = Duration.ofHours(1);

	private final UserRepository users;

	private final EmailTokens tokens;

	private final PasswordPolicy passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmailLinks(UserRepository users, EmailTokens tokens, PasswordPolicy passwords, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The welcome email carries the first link, issued in the sign-up transaction; an
	 * account made from an emailed link has its address proved and was welcomed there.
	 */
	@EventListener
	void on(UserRegistered registered) {
		if (users.findById(registered.userId()).map(user -> user.view().emailVerified()).orElse(false)) {
			return;
		}
		events.publishEvent(new AddressVerificationRequested(registered.userId(),
				tokens.issue(registered.userId(), EmailToken.Purpose.VERIFY_ADDRESS, VERIFICATION_LIFETIME), true));
	}

	/** Sends a new link to confirm the address; earlier links stop working. */
	@Transactional
	public void sendVerification(UUID id) {
		User user = users.findById(id).orElseThrow(() -> new IllegalStateException("no user " + id));
		if (user.view().emailVerified()) {
			throw new RefusedException("This address is already confirmed.");
		}
		events.publishEvent(new AddressVerificationRequested(id,
				tokens.issue(id, EmailToken.Purpose.VERIFY_ADDRESS, VERIFICATION_LIFETIME), false));
	}

	/**
	 * Confirms the address the link was sent to; answers whether the link was good
	 * (known, unused, not expired).
	 */
	@Transactional
	public boolean verifyAddress(String token) {
		return tokens.redeem(token, EmailToken.Purpose.VERIFY_ADDRESS).map(id -> {
			users.findById(id).ifPresent(user -> user.addressVerified(clock.instant()));
			return true;
		}).orElse(false);
	}

	/**
	 * Records an ask for a password reset link; whether the address belongs to an account
	 * is looked up afterwards ({@link #on(PasswordResetAsked)}). The request does the
	 * same work, and so takes the same time, for every address: nobody learns from the
	 * answer or its timing who has an account.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		events.publishEvent(new PasswordResetAsked(User.normalise(email)));
	}

	/**
	 * Sends the link if the address belongs to an account, and otherwise does nothing.
	 * Runs after the ask has committed and the request has answered, in a transaction of
	 * its own.
	 */
	@ApplicationModuleListener
	void on(PasswordResetAsked asked) {
		users.findByEmail(asked.email())
			.ifPresent(user -> events.publishEvent(new PasswordResetRequested(user.id(),
					tokens.issue(user.id(), EmailToken.Purpose.RESET_PASSWORD, RESET_LIFETIME), RESET_LIFETIME)));
	}

	/** Whether a reset link can still be used, to show its form or say it expired. */
	@Transactional(readOnly = true)
	public boolean resetLinkValid(String token) {
		return tokens.valid(token, EmailToken.Purpose.RESET_PASSWORD);
	}

	/**
	 * Sets a new password through a reset link, which is then used up with any other
	 * reset link of the user; reaching the link proves the address too. Every browser
	 * signed in as the user is signed out afterwards (see {@link CredentialsChanged}).
	 * @throws InvalidFieldException for a bad password (the link stays usable) or a link
	 * that is unknown, used or expired
	 */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		User user = tokens.owner(token, EmailToken.Purpose.RESET_PASSWORD)
			.flatMap(users::findById)
			.orElseThrow(EmailLinks::expired);
		// checked before the link is used, so that a refused password leaves it usable
		String hash = passwords.hash("password", newPassword, user.email(), user.view().name());
		UUID id = tokens.redeem(token, EmailToken.Purpose.RESET_PASSWORD).orElseThrow(EmailLinks::expired);
		// using the token cleared the persistence context: read the user again
		User same = users.findById(id).orElseThrow(EmailLinks::expired);
		same.changePassword(hash, clock.instant());
		same.addressVerified(clock.instant());
		users.flush();
		tokens.revokeAll(id, EmailToken.Purpose.RESET_PASSWORD);
		events.publishEvent(CredentialsChanged.now(id, CredentialsChanged.Change.PASSWORD_RESET, clock));
	}

	private static InvalidFieldException expired() {
		return new InvalidFieldException("token",
				"This reset link has expired or was used already. Ask for a new one.");
	}

}
