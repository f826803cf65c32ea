package io.expensync.budgets;

import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The user set a budget ({@code before} is null), changed its amount or alert
 * percentages, or removed it ({@code after} is null); published in the changing database
 * transaction, for the audit log. {@code name} is what the pages call the budget: "All
 * spending" or its category's name.
 */
public record BudgetChanged(UUID userId, String scope, String name, @Nullable Terms before, @Nullable Terms after) {

	/**
	 * What the user sets of a budget: the amount for a month and the alert percentages.
	 */
	public record Terms(Money amount, List<Integer> thresholds) {

		public Terms {
			thresholds = List.copyOf(thresholds);
		}

	}

}
