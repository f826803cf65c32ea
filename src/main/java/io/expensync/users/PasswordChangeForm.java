package io.expensync.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The profile page's "Change password" form: the current password, the new one, and the
 * new one again.
 */
public class PasswordChangeForm {

	@NotBlank(message = "Enter your current password")
	@Size(max = 128, message = "Enter your current password")
	private String currentPassword = "";

	@NotBlank(message = "Choose a new password")
	private String newPassword = "";

	private String confirm = "";

	boolean confirmed() {
		return newPassword.equals(confirm);
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirm() {
		return confirm;
	}

	public void setConfirm(String confirm) {
		this.confirm = confirm;
	}

}
