package io.expensync.accounts;

/**
 * The add-account and edit-account form as typed; {@link NewAccount} and
 * {@link AccountChange} hold the rules. Currency and opening balance are fixed once the
 * account exists.
 */
public class AccountForm {

	private String name = "";

	private AccountType type = AccountType.CURRENT;

	private String currency = "";

	private String openingBalance = "0";

	private boolean makeDefault;

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.name = account.name();
		form.type = account.type();
		form.currency = account.currency().getCurrencyCode();
		form.openingBalance = account.openingBalance().toPlainString();
		form.makeDefault = account.isDefault();
		return form;
	}

	NewAccount toNewAccount() {
		return new NewAccount(name, type, currency, openingBalance, makeDefault);
	}

	AccountChange toChange() {
		return new AccountChange(name, type);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AccountType getType() {
		return type;
	}

	public void setType(AccountType type) {
		this.type = type;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getOpeningBalance() {
		return openingBalance;
	}

	public void setOpeningBalance(String openingBalance) {
		this.openingBalance = openingBalance;
	}

	public boolean isMakeDefault() {
		return makeDefault;
	}

	public void setMakeDefault(boolean makeDefault) {
		this.makeDefault = makeDefault;
	}

}
