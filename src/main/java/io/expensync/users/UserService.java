package io.expensync.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.users.password.PasswordPolicy;
import io.expensync.users.signup.Registrations;
import io.expensync.users.store.User;
import io.expensync.users.store.UserRepository;
import io.expensync.web.Commands;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, profile changes and the lookups that sign-in and the current-user resolver
 * need.
 */
@Service
public class UserService {

	static final String ONLY_ADMIN = "You are the only admin of this installation and others use it, so your account "
			+ "cannot be deleted: it would be left without an admin. The admin role cannot be handed over in the app "
			+ "yet; once you are the only user, you can delete your account.";

	private final UserRepository users;

	private final PasswordPolicy passwords;

	private final Registrations registrations;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final Clock clock;

	UserService(UserRepository users, PasswordPolicy passwords, Registrations registrations,
			ApplicationEventPublisher events, Commands commands, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.registrations = registrations;
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * Creates a user with the default categories (through {@link UserRegistered}). The
	 * first user of an installation becomes its admin.
	 * @throws InvalidInputException naming each field that is not valid, or a weak
	 * password
	 */
	@Transactional
	public UserView signUp(SignUp signUp) {
		commands.valid(signUp);
		String email = User.normalise(signUp.email());
		return registrations.register(email, () -> passwords.hash("password", signUp.password(), email, signUp.name()),
				signUp.name(), signUp.profile().profile(), false);
	}

	/**
	 * Whether anyone may sign up: as an administrator last chose in the app, else as
	 * configured ({@code expensync.users.registration-open}).
	 */
	@Transactional(readOnly = true)
	public boolean registrationOpen() {
		return registrations.isOpen();
	}

	/** Opens or closes sign-up for everyone; only an administrator may. */
	@Transactional
	public void openRegistration(CurrentUser admin, boolean open) {
		if (!admin.isAdmin()) {
			throw new AdminOnlyException();
		}
		registrations.setOpen(open, admin.id());
	}

	/**
	 * The installation's users, newest first, a page at a time, for an administrator.
	 */
	@Transactional(readOnly = true)
	public Page<UserView> list(CurrentUser admin, int page, int size) {
		if (!admin.isAdmin()) {
			throw new AdminOnlyException();
		}
		Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
		return users.findAll(PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), newestFirst))
			.map(User::view);
	}

	@Transactional(readOnly = true)
	public Optional<UserCredentials> credentials(String email) {
		return users.findByEmail(User.normalise(email))
			.map(user -> new UserCredentials(user.id(), user.email(), user.passwordHash(), user.role()));
	}

	@Transactional(readOnly = true)
	public Optional<CurrentUser> current(String email) {
		return users.findByEmail(User.normalise(email)).map(User::view).map(UserService::current);
	}

	/**
	 * The user as a signed-in {@link CurrentUser}, for work done on their behalf outside
	 * a request (jobs).
	 */
	@Transactional(readOnly = true)
	public CurrentUser currentUser(UUID id) {
		return current(get(id));
	}

	/**
	 * The user as a {@link CurrentUser}, or empty once they have deleted their account:
	 * for work that follows a change and may run after the user is gone.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> find(UUID id) {
		return users.findById(id).map(User::view).map(UserService::current);
	}

	@Transactional(readOnly = true)
	public UserView get(UUID id) {
		return users.findById(id).map(User::view).orElseThrow(() -> new IllegalStateException("no user " + id));
	}

	/** Changes the user's name and settings, if {@link ProfileSettings} are valid. */
	@Transactional
	public UserView updateProfile(UUID id, ProfileSettings settings) {
		commands.valid(settings);
		User user = users.findById(id).orElseThrow(() -> new IllegalStateException("no user " + id));
		user.rename(settings.name(), clock.instant());
		user.apply(settings.profile(), clock.instant());
		return user.view();
	}

	/** Changes what the patch names and keeps the rest, as {@link #updateProfile}. */
	@Transactional
	public UserView patchProfile(UUID id, ProfilePatch patch) {
		return updateProfile(id, patch.onto(get(id)));
	}

	/** Whether the user gets the monthly report by email. */
	@Transactional
	public UserView emailMonthlyReport(UUID id, boolean wanted) {
		User user = users.findById(id).orElseThrow(() -> new IllegalStateException("no user " + id));
		user.emailMonthlyReport(wanted, clock.instant());
		return user.view();
	}

	/**
	 * Every user, a page at a time in sign-up order, for jobs that visit each user; the
	 * next page starts after the last id of this one.
	 */
	@Transactional(readOnly = true)
	public List<UserView> page(@Nullable UUID after, int size) {
		return (after == null ? users.findAllByOrderByIdAsc(Limit.of(size))
				: users.findByIdGreaterThanOrderByIdAsc(after, Limit.of(size)))
			.stream()
			.map(User::view)
			.toList();
	}

	/**
	 * Checks that the user knows their current password, before a change that a session
	 * alone must not make (a new API token, deleting the account).
	 * @throws InvalidFieldException on {@code field} when it is not their password
	 */
	@Transactional(readOnly = true)
	public void confirmPassword(UUID id, String field, String password) {
		confirmPassword(users.findById(id).orElseThrow(() -> new IllegalStateException("no user " + id)), field,
				password);
	}

	private void confirmPassword(User user, String field, String password) {
		if (password.isEmpty() || !passwords.matches(password, user.passwordHash())) {
			throw new InvalidFieldException(field, "That is not your current password.");
		}
	}

	/**
	 * Deletes the user and everything of theirs in one transaction: their transactions
	 * first (through {@link UserDeleting}), then their row, which the database cascades
	 * to every other table of theirs. Their receipt files go after the commit
	 * ({@link UserDeleted}).
	 * @throws InvalidInputException naming the fields that are not valid;
	 * {@link InvalidFieldException} on {@code confirm} when it is neither DELETE nor the
	 * user's address, on {@code password} when it is not the user's own; nothing is
	 * deleted then
	 * @throws IllegalStateException when they are the only admin while others use the
	 * installation
	 */
	@Transactional
	public void delete(UUID id, AccountDeletion deletion) {
		commands.valid(deletion);
		User user = users.findById(id).orElseThrow(() -> new IllegalStateException("no user " + id));
		if (!deletion.confirms(user.email())) {
			throw new InvalidFieldException("confirm", "Type DELETE (or your email address) to confirm");
		}
		confirmPassword(user, "password", deletion.password());
		if (user.role() == Role.ADMIN && users.lockByRole(Role.ADMIN).size() == 1 && users.count() > 1) {
			throw new RefusedException(ONLY_ADMIN);
		}
		events.publishEvent(new UserDeleting(id));
		users.remove(id);
		events.publishEvent(new UserDeleted(id, user.email()));
	}

	static CurrentUser current(UserView view) {
		return new CurrentUser(view.id(), view.email(), view.name(), view.profile(), view.role());
	}

}
