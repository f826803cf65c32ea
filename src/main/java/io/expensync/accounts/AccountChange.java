package io.expensync.accounts;

import jakarta.validation.constraints.NotNull;

/**
 * A new name and type for an account, the command that {@link AccountService#update}
 * checks. Currency and opening balance never change.
 */
public record AccountChange(@AccountName String name, @NotNull(message = "Choose a type") AccountType type) {

	public AccountChange {
		name = (name == null) ? null : name.strip();
	}

}
