package io.expensync.users;

import io.expensync.web.FieldRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A sign-up as typed into the page or posted to {@code POST /api/v1/users}: the command
 * that {@link UserService#signUp} checks. The password policy is checked when the
 * password is hashed.
 */
@FieldRules
public record SignUp(
		@NotBlank(message = "Enter your email address") @Email(
				message = "Enter an email address like ann@example.org") @Size(max = 254,
						message = "An email address has at most 254 characters") String email,
		@NotBlank(message = "Choose a password") @Size(min = 10, max = 72,
				message = "A password needs 10 to 72 characters") String password,
		ProfileSettings profile) implements FieldRules.Checked {

	@Override
	public void check(FieldRules.Problems problems) {
		profile.check(problems);
	}

	/** The name the user gave. */
	public String name() {
		return profile.name();
	}

}
