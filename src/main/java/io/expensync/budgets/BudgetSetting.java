package io.expensync.budgets;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import io.expensync.money.Money;
import io.expensync.web.FieldRules;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A monthly budget as the user sets it, the command that {@link BudgetService#set}
 * checks: its scope ({@code ALL}, or an expense category's key), the amount as typed in
 * the currency, and the percentages at which to alert, null to keep the budget's (80 and
 * 100 for a new one).
 */
@FieldRules
public record BudgetSetting(String scope, @Size(max = 30, message = "That is not an amount") @Nullable String amount,
		Currency currency,
		@Nullable List<@NotNull(message = "Give 1 to 5 alert percentages between 1 and 500") Integer> thresholds)
		implements
			FieldRules.Checked {

	/** An amount already counted, with its thresholds. */
	public BudgetSetting(String scope, Money amount, List<Integer> thresholds) {
		this(scope, amount.amount().toPlainString(), amount.currency(), thresholds);
	}

	@Override
	public void check(FieldRules.Problems problems) {
		if (amount == null || amount.length() <= 30) {
			try {
				if (!money().isPositive()) {
					problems.add("amount", "A budget must be greater than zero");
				}
			}
			catch (InvalidFieldException ex) {
				problems.add("amount", String.valueOf(ex.getMessage()));
			}
		}
		// a missing percentage is named by its own constraint
		if (thresholds != null && thresholds.stream().noneMatch(Objects::isNull)) {
			List<Integer> sorted = sortedThresholds(thresholds);
			if (sorted.isEmpty() || sorted.size() > 5 || sorted.get(0) < 1 || sorted.get(sorted.size() - 1) > 500) {
				problems.add("thresholds", "Give 1 to 5 alert percentages between 1 and 500");
			}
		}
	}

	/** The amount in the currency; only for a checked setting. */
	Money money() {
		return MoneyInput.parse("amount", amount, currency);
	}

	/** Each percentage once, lowest first. */
	static List<Integer> sortedThresholds(List<Integer> thresholds) {
		return List.copyOf(new TreeSet<>(thresholds));
	}

}
