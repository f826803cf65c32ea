package io.expensync.users;

import io.expensync.users.store.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The profile page's "Delete my account" form: the current password, and DELETE (or the
 * address) typed to confirm.
 */
public class AccountDeletionForm {

	@NotBlank(message = "Enter your current password")
	@Size(max = 128, message = "Enter your current password")
	private String password = "";

	@NotBlank(message = "Type DELETE to confirm")
	@Size(max = 254, message = "Type DELETE to confirm")
	private String confirm = "";

	/**
	 * Whether the confirmation is DELETE or the user's address, ignoring case and blanks.
	 */
	boolean confirms(String email) {
		String typed = confirm.strip();
		return typed.equals("DELETE") || User.normalise(typed).equals(User.normalise(email));
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirm() {
		return confirm;
	}

	public void setConfirm(String confirm) {
		this.confirm = confirm;
	}

}
