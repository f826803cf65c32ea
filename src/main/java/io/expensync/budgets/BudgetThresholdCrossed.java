package io.expensync.budgets;

import java.time.YearMonth;
import java.util.UUID;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * This month's spending reached one of a budget's alert thresholds, for the first time.
 * Published inside the transaction that records the alert, so the email written by its
 * listener commits or rolls back with it.
 */
public record BudgetThresholdCrossed(UUID userId, String scope, @Nullable String categoryName, YearMonth month,
		int threshold, Money budget, Money spent, String percentUsed, Money remaining) {
}
