package io.expensync.users.password;

import io.expensync.web.FieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password on the current one, with the new one typed twice: the command that
 * {@link PasswordChanges#change} checks. Whether the current one is right, and the policy
 * for the new one, only the service knows.
 */
@FieldRules
public record PasswordChange(
		@NotBlank(message = "Enter your current password") @Size(max = 128,
				message = "Enter your current password") String currentPassword,
		@NotBlank(message = "Choose a new password") String newPassword, String confirm) implements FieldRules.Checked {

	@Override
	public void check(FieldRules.Problems problems) {
		if (newPassword != null && !newPassword.isBlank() && !newPassword.equals(confirm)) {
			problems.add("confirm", "The two new passwords differ");
		}
	}

}
