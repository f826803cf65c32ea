package io.expensync.accounts;

import io.expensync.web.MoneyInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The add-account and edit-account form. Currency and opening balance are fixed once the
 * account exists.
 */
public class AccountForm {

	@NotBlank(message = "Give the account a name")
	@Size(max = 100, message = "An account name has at most 100 characters")
	private String name = "";

	@NotNull(message = "Choose a type")
	private AccountType type = AccountType.CURRENT;

	@Size(max = 3)
	private String currency = "";

	@Size(max = 30, message = "That is not an amount")
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
		return new NewAccount(name, type,
				MoneyInput.parse("openingBalance", openingBalance, MoneyInput.currency("currency", currency)),
				makeDefault);
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
