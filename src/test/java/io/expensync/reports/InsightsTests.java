package io.expensync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.expensync.money.Money;
import io.expensync.reports.MonthlyReportView.BudgetLine;
import io.expensync.reports.MonthlyReportView.CategoryLine;
import io.expensync.transactions.CategoryTotal;
import io.expensync.transactions.MerchantTotal;
import io.expensync.transactions.MonthActivity;

import org.junit.jupiter.api.Test;

/** Each insight speaks only when its numbers say something. */
class InsightsTests {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	@Test
	void overspendingAWeekendHeavyMonthWithoutBudgetsSaysSo() {
		Map<LocalDate, Money> days = new TreeMap<>();
		// Saturdays and Sundays of March 2026: 1, 7, 8, 14, 15, 21, 22, 28, 29
		for (int day : new int[] { 7, 8, 14, 15, 21, 22 }) {
			days.put(MARCH.atDay(day), gbp("100.00"));
		}
		days.put(MARCH.atDay(10), gbp("50.00"));
		MonthActivity march = new MonthActivity(MARCH, gbp("500.00"), gbp("650.00"), 1, 7,
				List.of(new CategoryTotal("food", gbp("650.00"))), List.of(), null, days);
		MonthActivity february = new MonthActivity(MARCH.minusMonths(1), gbp("500.00"), gbp("650.00"), 1, 7,
				List.of(new CategoryTotal("food", gbp("650.00"))), List.of(), null, Map.of());
		List<String> insights = Insights.of(march, february,
				List.of(new CategoryLine("food", "Food", "#fff", gbp("650.00"), gbp("650.00"))), List.of(), Locale.UK);
		assertThat(insights).containsExactly(
				"You spent £150.00 more than you earned: expenses were 130% of your income.",
				"Food took the largest share of your spending: 100% (£650.00).",
				"92.3% of your spending fell on weekends (£600.00), which are 9 of the month's 31 days.",
				"24 of 31 days passed without any spending.");
		assertThat(insights).as("same spending as February, no budgets, no repeat merchant: nothing said of them")
			.noneMatch(line -> line.startsWith("Spending was") || line.contains("budget") || line.contains("times"));
	}

	@Test
	void aMonthWithinItsBudgetsAndARegularMerchant() {
		MonthActivity march = new MonthActivity(MARCH, gbp("2000.00"), gbp("300.00"), 1, 4,
				List.of(new CategoryTotal("groceries", gbp("300.00"))),
				List.of(new MerchantTotal("Bakery", 4, gbp("300.00"))), null, Map.of(MARCH.atDay(2), gbp("75.00"),
						MARCH.atDay(9), gbp("75.00"), MARCH.atDay(16), gbp("75.00"), MARCH.atDay(23), gbp("75.00")));
		MonthActivity february = new MonthActivity(MARCH.minusMonths(1), gbp("0.00"), gbp("0.00"), 0, 0, List.of(),
				List.of(), null, Map.of());
		List<String> insights = Insights.of(march, february,
				List.of(new CategoryLine("groceries", "Groceries", "#fff", gbp("300.00"), gbp("0.00"))),
				List.of(new BudgetLine("All spending", gbp("400.00"), gbp("300.00"))), Locale.UK);
		assertThat(insights).hasSize(Insights.MAX)
			.contains("You kept 85% of your income (£1,700.00): £2,000.00 in, £300.00 out.",
					"You stayed within your budget: £300.00 of £400.00 for all spending.",
					"You paid Bakery 4 times, £300.00 in all (£75.00 on average).",
					"Groceries is new this month: £300.00, where February had none.");
	}

	private static Money gbp(String amount) {
		return Money.of(amount, "GBP");
	}

}
