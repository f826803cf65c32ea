package io.expensync.users.signup;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import io.expensync.users.Profile;
import io.expensync.users.RegistrationClosedException;
import io.expensync.users.Role;
import io.expensync.users.UserProperties;
import io.expensync.users.UserRegistered;
import io.expensync.users.UserView;
import io.expensync.users.store.User;
import io.expensync.users.store.UserRepository;
import io.expensync.web.InvalidFieldException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who may sign up, and the making of an account, whichever way the sign-up came: the
 * first user of an installation becomes its admin, and after that only an open
 * registration admits anyone. Its callers hold the transaction.
 */
@Component
public class Registrations {

	private final UserRepository users;

	private final InstallationSettings settings;

	private final UserProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registrations(UserRepository users, InstallationSettings settings, UserProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.settings = settings;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Makes the account, the installation's admin if it is the first, and announces it
	 * ({@link UserRegistered}).
	 * @param verified whether the address is proved already (the account was made from a
	 * link emailed to it)
	 * @throws RegistrationClosedException when sign-up is closed and this is not the
	 * first
	 * @throws InvalidFieldException on {@code email} when the address has an account
	 */
	public UserView register(String email, Supplier<String> passwordHash, String name, Profile profile,
			boolean verified) {
		boolean first = users.count() == 0;
		if (first) {
			// two first sign-ups at once: the second waits, then counts the first
			settings.lockSignUps();
			first = users.count() == 0;
		}
		if (!first && !isOpen()) {
			throw new RegistrationClosedException();
		}
		if (users.existsByEmail(email)) {
			throw new InvalidFieldException("email", "This email address is already registered; sign in instead.");
		}
		User user = new User(email, passwordHash.get(), name, profile, first ? Role.ADMIN : Role.USER, clock.instant());
		if (verified) {
			user.addressVerified(clock.instant());
		}
		users.saveAndFlush(user);
		events.publishEvent(new UserRegistered(user.id()));
		return user.view();
	}

	/**
	 * Whether anyone may sign up: as an administrator last chose in the app, else as
	 * configured ({@code expensync.users.registration-open}).
	 */
	public boolean isOpen() {
		return settings.get(InstallationSettings.REGISTRATION_OPEN)
			.map(Boolean::parseBoolean)
			.orElse(properties.registrationOpen());
	}

	/** Opens or closes sign-up for everyone, as the administrator {@code by} chose. */
	public void setOpen(boolean open, UUID by) {
		settings.set(InstallationSettings.REGISTRATION_OPEN, Boolean.toString(open), by);
	}

}
