package io.expensync.users.password;

import java.time.Clock;
import java.util.UUID;

import io.expensync.users.CredentialsChanged.Change;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.store.User;
import io.expensync.users.store.UserRepository;
import io.expensync.web.Commands;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changing their password, on their current one. (A forgotten one is
 * reset through {@link io.expensync.users.email.EmailLinks}.) The change is announced as
 * {@link CredentialsChanged}, which has the user's other browsers signed out and an email
 * sent.
 */
@Service
public class PasswordChanges {

	private final UserRepository users;

	private final PasswordPolicy passwords;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final Clock clock;

	PasswordChanges(UserRepository users, PasswordPolicy passwords, ApplicationEventPublisher events, Commands commands,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException naming the fields that are not valid;
	 * {@link InvalidFieldException} on {@code currentPassword} when it is not the user's,
	 * on {@code newPassword} when the policy refuses the new one or it is the current
	 * one; nothing changes then
	 */
	@Transactional
	public void change(UUID userId, PasswordChange change) {
		commands.valid(change);
		String currentPassword = change.currentPassword();
		String newPassword = change.newPassword();
		User user = users.findById(userId).orElseThrow(() -> new IllegalStateException("no user " + userId));
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throw new InvalidFieldException("currentPassword", "That is not your current password.");
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidFieldException("newPassword", "That is your current password. Choose a new one.");
		}
		user.changePassword(passwords.hash("newPassword", newPassword, user.email(), user.view().name()),
				clock.instant());
		users.flush();
		events.publishEvent(CredentialsChanged.now(userId, Change.PASSWORD_CHANGED, clock));
	}

}
