package io.expensync.accounts;

import java.util.Objects;

import io.expensync.money.Money;
import io.expensync.web.InvalidFieldException;

/**
 * What it takes to open an account; the opening balance carries the account's currency.
 */
public record NewAccount(String name, AccountType type, Money openingBalance, boolean makeDefault) {

	public NewAccount {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(openingBalance, "openingBalance");
		name = AccountService.checkName(name);
	}

}
