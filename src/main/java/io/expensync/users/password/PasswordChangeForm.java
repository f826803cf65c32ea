package io.expensync.users.password;

/**
 * The profile page's "Change password" form as typed: the current password, the new one,
 * and the new one again; {@link PasswordChange} holds the rules.
 */
public class PasswordChangeForm {

	private String currentPassword = "";

	private String newPassword = "";

	private String confirm = "";

	public PasswordChange toChange() {
		return new PasswordChange(currentPassword, newPassword, confirm);
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
