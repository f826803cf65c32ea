package io.expensync.budgets;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The user's accounts whose expenses count towards all their budgets, the command that
 * {@link BudgetService#countAccounts} checks; none counts all accounts, also those added
 * later.
 */
public record AccountsToCount(@NotNull(message = "Give the accounts to count, or none for all") @Size(max = 100,
		message = "Choose at most 100 accounts") List<@NotNull(message = "Give each account's id") UUID> accountIds) {

	/** Every account, also those added later. */
	static AccountsToCount all() {
		return new AccountsToCount(List.of());
	}

}
