package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.expensync.users.password.PasswordPolicy;
import io.expensync.users.signup.Registrations;
import io.expensync.users.store.User;
import io.expensync.users.store.UserRepository;
import io.expensync.web.Commands;
import io.expensync.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who may delete their account: anyone with their password, except the only admin while
 * others use the installation.
 */
class UserDeletionRulesTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

	final PasswordPolicy passwords = new PasswordPolicy(new BCryptPasswordEncoder(4));

	final UserRepository repository = mock(UserRepository.class);

	final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	final UserService service = new UserService(repository, passwords, mock(Registrations.class), events,
			mock(Commands.class), clock);

	@Test
	void theOnlyAdminMayNotLeaveOthersWithoutAnAdmin() {
		User admin = user(Role.ADMIN);
		when(repository.lockByRole(Role.ADMIN)).thenReturn(List.of(admin));
		when(repository.count()).thenReturn(3L);

		assertThatThrownBy(() -> service.delete(admin.id(), new AccountDeletion("correct horse battery", null)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("only admin");
		verify(repository, never()).remove(any());
		verify(events, never()).publishEvent(any(Object.class));
	}

	@Test
	void theOnlyAdminWhoIsTheOnlyUserMayLeave() {
		User admin = user(Role.ADMIN);
		when(repository.lockByRole(Role.ADMIN)).thenReturn(List.of(admin));
		when(repository.count()).thenReturn(1L);

		service.delete(admin.id(), new AccountDeletion("correct horse battery", null));

		verify(repository).remove(admin.id());
		verify(events).publishEvent(new UserDeleting(admin.id()));
		verify(events).publishEvent(new UserDeleted(admin.id(), admin.email()));
	}

	@Test
	void oneOfTwoAdminsMayLeave() {
		User admin = user(Role.ADMIN);
		User other = user(Role.ADMIN);
		when(repository.lockByRole(Role.ADMIN)).thenReturn(List.of(admin, other));
		when(repository.count()).thenReturn(5L);

		service.delete(admin.id(), new AccountDeletion("correct horse battery", null));

		verify(repository).remove(admin.id());
	}

	@Test
	void aWrongPasswordDeletesNothing() {
		User someone = user(Role.USER);

		assertThatThrownBy(() -> service.delete(someone.id(), new AccountDeletion("correct horse battery!", null)))
			.isInstanceOf(InvalidFieldException.class)
			.satisfies(ex -> assertThat(((InvalidFieldException) ex).field()).isEqualTo("password"));
		verify(repository, never()).remove(any());
		verify(events, never()).publishEvent(any(Object.class));
	}

	private User user(Role role) {
		User user = new User("someone@example.org", new BCryptPasswordEncoder(4).encode("correct horse battery"),
				"Someone", Profile.DEFAULT, role, clock.instant());
		when(repository.findById(user.id())).thenReturn(Optional.of(user));
		return user;
	}

}
