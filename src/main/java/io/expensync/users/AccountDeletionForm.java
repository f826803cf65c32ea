package io.expensync.users;

/**
 * The profile page's "Delete my account" form as typed: the current password, and DELETE
 * (or the address) typed to confirm; {@link AccountDeletion} holds the rules.
 */
public class AccountDeletionForm {

	private String password = "";

	private String confirm = "";

	AccountDeletion toDeletion() {
		return new AccountDeletion(password, confirm);
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
