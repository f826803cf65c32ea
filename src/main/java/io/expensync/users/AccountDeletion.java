package io.expensync.users;

import io.expensync.users.store.User;
import io.expensync.web.FieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Deleting one's account and all its data: the current password and, on the profile page,
 * DELETE (or the address) typed to confirm. In the API the request itself confirms, and
 * {@code confirm} is null. The command that {@link UserService#delete} checks; whether
 * the password is the user's, and whether the address typed is theirs, only the service
 * knows.
 */
@FieldRules
public record AccountDeletion(
		@NotBlank(message = "Enter your current password") @Size(max = 128,
				message = "Enter your current password") String password,
		@Size(max = 254, message = "Type DELETE to confirm") @Nullable String confirm) implements FieldRules.Checked {

	@Override
	public void check(FieldRules.Problems problems) {
		if (confirm != null && confirm.isBlank()) {
			problems.add("confirm", "Type DELETE to confirm");
		}
	}

	/**
	 * Whether the confirmation is DELETE or the user's address, ignoring case and blanks;
	 * true when none was asked for.
	 */
	boolean confirms(String email) {
		if (confirm == null) {
			return true;
		}
		String typed = confirm.strip();
		return typed.equals("DELETE") || User.normalise(typed).equals(User.normalise(email));
	}

}
