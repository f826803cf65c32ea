package io.expensync.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import io.expensync.money.Money;
import io.expensync.transactions.Conversions;

/**
 * How much of a month's budget is spent on the accounts that count: the percentage with
 * one decimal, what is left (negative when over), and a level for the bar's colour.
 *
 * @param spent in the budget's currency, spending in other currencies converted
 * @param conversions the rates that spending was converted at, and what had no rate
 */
public record BudgetProgress(String scope, YearMonth month, Money budget, Money spent, List<Integer> thresholds,
		BudgetAccounts accounts, Conversions conversions) {

	/** Progress of spending in the budget's currency alone. */
	public BudgetProgress(String scope, YearMonth month, Money budget, Money spent, List<Integer> thresholds,
			BudgetAccounts accounts) {
		this(scope, month, budget, spent, thresholds, accounts, Conversions.none(budget.currency()));
	}

	/** Whether this budget covers all spending rather than one category. */
	public boolean coversAll() {
		return Budget.ALL.equals(scope);
	}

	/** Green below 75 %, amber from 75 %, red from 90 %. */
	public enum Level {

		OK, WARNING, DANGER

	}

	public BigDecimal percentUsed() {
		return spent.ratioTo(budget, 6).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
	}

	public Money remaining() {
		return budget.minus(spent);
	}

	/** Compared exactly, not on the rounded percentage: 74.9995 % is still green. */
	public Level level() {
		if (reaches(90)) {
			return Level.DANGER;
		}
		return reaches(75) ? Level.WARNING : Level.OK;
	}

	private boolean reaches(int percent) {
		BigDecimal scaledSpent = spent.amount().multiply(BigDecimal.valueOf(100));
		return scaledSpent.compareTo(budget.amount().multiply(BigDecimal.valueOf(percent))) >= 0;
	}

	/** For the bar's width: the percentage capped at 100. */
	public BigDecimal barWidth() {
		return percentUsed().min(BigDecimal.valueOf(100));
	}

}
