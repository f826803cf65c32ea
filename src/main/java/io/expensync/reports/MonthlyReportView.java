package io.expensync.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * A month's report as pages, the API and the email read it.
 *
 * @param summary the insights as a paragraph an AI provider wrote when the report was
 * made, if phrasing was on and its paragraph passed the checks; shown besides them
 * @param stored whether this is the report kept in the history, or one worked out now for
 * a month the job has not reported on
 */
public record MonthlyReportView(UUID userId, YearMonth month, Money income, Money expenses, long transactions,
		Details details, @Nullable Summary summary, boolean stored, @Nullable Instant createdAt) {

	/**
	 * What a report holds besides its totals; kept as JSON with the stored report.
	 *
	 * @param convertedAt the rates amounts in other currencies were converted at, such as
	 * "1 USD = 0.9234 EUR (ECB, 30 Nov 2026)"; null when none were (and in reports stored
	 * before there were rates)
	 * @param leftOut what could not be converted for want of a rate and is not in the
	 * totals, such as "12.00 USD"; null when nothing was left out
	 */
	public record Details(Money previousIncome, Money previousExpenses, List<CategoryLine> categories,
			List<MerchantLine> merchants, List<BudgetLine> budgets, List<String> insights, @Nullable String convertedAt,
			@Nullable String leftOut) {

		/** Details of totals made in one currency alone. */
		public Details(Money previousIncome, Money previousExpenses, List<CategoryLine> categories,
				List<MerchantLine> merchants, List<BudgetLine> budgets, List<String> insights) {
			this(previousIncome, previousExpenses, categories, merchants, budgets, insights, null, null);
		}

	}

	/** Spending in one category this month and the month before. */
	public record CategoryLine(String key, String name, String colour, Money amount, Money previous) {

		/** The change against the month before in percent, or null when it had none. */
		public @Nullable BigDecimal changePercent() {
			return percentChange(amount, previous);
		}

	}

	/**
	 * The insights phrased by an AI provider, and the model that wrote it (for "Summary
	 * written by …").
	 */
	public record Summary(String text, String model) {

		static final int MAX_MODEL = 200;

		public Summary {
			if (model.length() > MAX_MODEL) {
				model = model.substring(0, MAX_MODEL);
			}
		}

	}

	public record MerchantLine(String name, long count, Money amount) {
	}

	/** A budget as set when the report was made, and what the month spent against it. */
	public record BudgetLine(String name, Money budget, Money spent) {

		public boolean over() {
			return spent.compareTo(budget) > 0;
		}

		public BigDecimal percentUsed() {
			return spent.ratioTo(budget, 6).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
		}

		public Money remaining() {
			return budget.minus(spent);
		}

	}

	public Money net() {
		return income.minus(expenses);
	}

	public boolean hasActivity() {
		return transactions > 0;
	}

	public @Nullable BigDecimal expensesChangePercent() {
		return percentChange(expenses, details.previousExpenses());
	}

	public @Nullable BigDecimal incomeChangePercent() {
		return percentChange(income, details.previousIncome());
	}

	/** Each category's share of the month's spending, in percent with one decimal. */
	public BigDecimal shareOf(Money amount) {
		return expenses.isZero() ? BigDecimal.ZERO
				: amount.ratioTo(expenses, 6).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
	}

	static @Nullable BigDecimal percentChange(Money now, Money before) {
		if (before.isZero()) {
			return null;
		}
		return now.minus(before).ratioTo(before, 6).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
	}

}
