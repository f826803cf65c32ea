package io.expensync.users;

import java.net.URI;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

	/** Fields left out stay as they are. */
	record ProfilePatch(@Nullable @Size(min = 1, max = 100) String name, @Nullable @Size(max = 3) String currency,
			@Nullable @Size(max = 64) String timezone, @Nullable @Size(max = 35) String locale) {
	}

	/** The current password, asked again before the account and all its data go. */
	record DeletionRequest(@NotBlank(message = "Give your current password") @Size(max = 128) String password) {
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
	ResponseEntity<?> signUp(@Valid @RequestBody SignUpForm form) {
		if (signUps.byEmail()) {
			signUps.ask(form);
			return ResponseEntity.accepted()
				.body(Map.of("message", SignUpsByEmail.SENT.formatted(User.normalise(form.getEmail()))));
		}
		UserView user = users.signUp(form);
		return ResponseEntity.created(URI.create("/api/v1/me")).body(UserResponse.of(user));
	}

	@GetMapping("/me")
	UserResponse me(CurrentUser user) {
		return UserResponse.of(users.get(user.id()));
	}

	@PatchMapping("/me")
	UserResponse patch(CurrentUser user, @Valid @RequestBody ProfilePatch patch) {
		Profile current = user.profile();
		Profile profile = Profile.of(orElse(patch.currency(), current.currency().getCurrencyCode()),
				orElse(patch.timezone(), current.zone().getId()),
				orElse(patch.locale(), current.locale().toLanguageTag()));
		return UserResponse.of(users.updateProfile(user.id(), orElse(patch.name(), user.name()), profile));
	}

	/**
	 * Deletes the account and all its data. A missing or wrong password answers 400 and
	 * deletes nothing.
	 */
	@DeleteMapping("/me")
	ResponseEntity<Void> delete(CurrentUser user, @Valid @RequestBody DeletionRequest request) {
		users.delete(user.id(), request.password());
		return ResponseEntity.noContent().build();
	}

	private static String orElse(@Nullable String value, String fallback) {
		return value == null ? fallback : value;
	}

}
