package io.expensync.users;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.expensync.users.signup.SignUpsByEmail;
import io.expensync.users.store.User;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/users} (sign-up while registration is open) and
 * {@code GET/PATCH/DELETE /api/v1/me}.
 */
@RestController
@RequestMapping("/api/v1")
class UserApiController {

	record UserResponse(UUID id, String email, String name, String currency, String timezone, String locale,
			String role, Instant createdAt, Instant updatedAt) {

		static UserResponse of(UserView user) {
			return new UserResponse(user.id(), user.email(), user.name(), user.profile().currency().getCurrencyCode(),
					user.profile().zone().getId(), user.profile().locale().toLanguageTag(), user.role().name(),
					user.createdAt(), user.updatedAt());
		}
	}

	/**
	 * A sign-up; the settings left out are {@link Profile#DEFAULT}'s. {@link SignUp}
	 * holds the rules.
	 */
	record SignUpRequest(String email, String password, String name, @Nullable String currency,
			@Nullable String timezone, @Nullable String locale) {

		SignUp toSignUp() {
			ProfileSettings defaults = ProfileSettings.defaults(name);
			return new SignUp(email, password,
					new ProfileSettings(name, (currency != null) ? currency : defaults.currency(),
							(timezone != null) ? timezone : defaults.timezone(),
							(locale != null) ? locale : defaults.locale()));
		}
	}

	/**
	 * The current password, asked again before the account and all its data go;
	 * {@link AccountDeletion} holds the rules.
	 */
	record DeletionRequest(@Nullable String password) {

		AccountDeletion toDeletion() {
			return new AccountDeletion((password != null) ? password : "", null);
		}
	}

	private final UserService users;

	private final SignUpsByEmail signUps;

	UserApiController(UserService users, SignUpsByEmail signUps) {
		this.users = users;
		this.signUps = signUps;
	}

	/**
	 * Signs up at once, or, on an installation that sends email, answers 202 with the
	 * same message whether or not the address has an account, and the email tells which.
	 */
	@PostMapping("/users")
	ResponseEntity<?> signUp(@RequestBody SignUpRequest request) {
		if (signUps.byEmail()) {
			signUps.ask(request.toSignUp());
			return ResponseEntity.accepted()
				.body(Map.of("message", SignUpsByEmail.SENT.formatted(User.normalise(request.email()))));
		}
		UserView user = users.signUp(request.toSignUp());
		return ResponseEntity.created(URI.create("/api/v1/me")).body(UserResponse.of(user));
	}

	@GetMapping("/me")
	UserResponse me(CurrentUser user) {
		return UserResponse.of(users.get(user.id()));
	}

	/** Fields left out stay as they are. */
	@PatchMapping("/me")
	UserResponse patch(CurrentUser user, @RequestBody ProfilePatch patch) {
		return UserResponse.of(users.patchProfile(user.id(), patch));
	}

	/**
	 * Deletes the account and all its data. A missing or wrong password answers 400 and
	 * deletes nothing.
	 */
	@DeleteMapping("/me")
	ResponseEntity<Void> delete(CurrentUser user, @RequestBody DeletionRequest request) {
		users.delete(user.id(), request.toDeletion());
		return ResponseEntity.noContent().build();
	}

}
