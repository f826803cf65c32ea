package io.expensync.budgets;

import java.util.UUID;

/**
 * The user chose which accounts count towards their budgets, with the choice before and
 * after (which may be the same); published in the changing database transaction, for the
 * audit log.
 */
public record BudgetAccountsChosen(UUID userId, BudgetAccounts before, BudgetAccounts after) {
}
