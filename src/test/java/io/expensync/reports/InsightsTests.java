package io.expensync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.Conversions;
import io.expensync.reports.MonthlyReportView.BudgetLine;
import io.expensync.reports.MonthlyReportView.CategoryLine;
import io.expensync.transactions.TransactionTotals.CategoryTotal;
import io.expensync.transactions.TransactionTotals.MerchantTotal;
import io.expensync.transactions.TransactionTotals.MonthActivity;
import io.expensync.transactions.TransactionStatus;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;

import org.junit.jupiter.api.Test;

/**
 * Each insight speaks only when its numbers say something. Past the two whole months, the
 * tests go rule by rule: each gives a month where the rule speaks and one where it keeps
 * quiet, with as little else in it as the rule needs.
 */
class InsightsTests {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	static final MonthActivity QUIET_FEBRUARY = new MonthActivity(MARCH.minusMonths(1), gbp("0.00"), gbp("0.00"), 0, 0,
			List.of(), List.of(), null, Map.of());

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

	@Test
	void aMonthWithNothingInItSaysNothing() {
		assertThat(Insights.of(spending("0.00", 0, Map.of()), QUIET_FEBRUARY, List.of(), List.of(), Locale.UK))
			.isEmpty();
	}

	@Test
	void savingsTellWhatWasKeptOrThatNoIncomeCameIn() {
		MonthActivity kept = new MonthActivity(MARCH, gbp("2000.00"), gbp("500.00"), 1, 1, List.of(), List.of(), null,
				Map.of(MARCH.atDay(2), gbp("500.00")));
		assertThat(insights(kept)).contains("You kept 75% of your income (£1,500.00): £2,000.00 in, £500.00 out.");
		assertThat(insights(spending("80.00", 1, Map.of(MARCH.atDay(2), gbp("80.00")))))
			.contains("No income was recorded this month, against £80.00 of expenses.")
			.noneMatch(line -> line.startsWith("You kept") || line.startsWith("You spent"));
	}

	@Test
	void spendingIsComparedWithLastMonthOnlyWhenItChanged() {
		MonthActivity february = spending(MARCH.minusMonths(1), "200.00");
		assertThat(Insights.of(spending(MARCH, "300.00"), february, List.of(), List.of(), Locale.UK))
			.contains("Spending was up 50% on February (£300.00, against £200.00).");
		assertThat(Insights.of(spending(MARCH, "150.00"), february, List.of(), List.of(), Locale.UK))
			.contains("Spending was down 25% on February (£150.00, against £200.00).");
		assertThat(Insights.of(spending(MARCH, "200.00"), february, List.of(), List.of(), Locale.UK))
			.as("the same as February")
			.noneMatch(line -> line.startsWith("Spending was"));
		assertThat(Insights.of(spending(MARCH, "200.00"), QUIET_FEBRUARY, List.of(), List.of(), Locale.UK))
			.as("nothing spent in February to compare with")
			.noneMatch(line -> line.startsWith("Spending was"));
	}

	@Test
	void theCategoryThatChangedMostIsNamed() {
		MonthActivity march = spending(MARCH, "350.00");
		assertThat(categoryInsights(march, line("Food", "300.00", "200.00"), line("Travel", "50.00", "40.00")))
			.contains("Food rose by £100.00 to £300.00 (+50%).");
		assertThat(categoryInsights(march, line("Food", "100.00", "200.00"), line("Travel", "250.00", "240.00")))
			.contains("Food fell by £100.00 to £100.00 (-50%).");
		assertThat(categoryInsights(march, line("Travel", "350.00", "340.00"), line("Food", "0.00", "120.00")))
			.contains("Nothing went to Food this month, after £120.00 in February.");
		assertThat(categoryInsights(march, line("Food", "300.00", "300.00"), line("Travel", "50.00", "50.00")))
			.as("every category as in February")
			.noneMatch(line -> line.matches(".*( rose by | fell by |is new this month|Nothing went to).*"));
	}

	@Test
	void theLargestExpenseIsToldOnceThereAreTwoToCompare() {
		TransactionView dinner = expense("60.00", MARCH.atDay(14), "food", "Dinner");
		assertThat(insights(new MonthActivity(MARCH, gbp("0.00"), gbp("100.00"), 0, 2, List.of(), List.of(), dinner,
				Map.of(MARCH.atDay(14), gbp("100.00")))))
			.contains("Your largest expense was £60.00 for Dinner on 14 March, 60% of the month's spending.");
		assertThat(insights(new MonthActivity(MARCH, gbp("0.00"), gbp("60.00"), 0, 1, List.of(), List.of(), dinner,
				Map.of(MARCH.atDay(14), gbp("60.00")))))
			.as("the only expense")
			.noneMatch(line -> line.startsWith("Your largest expense"));
	}

	@Test
	void aLargestExpenseInAnotherCurrencyIsToldInBothAndWeighedConverted() {
		Instant now = Instant.parse("2026-03-31T12:00:00Z");
		TransactionView abroad = new TransactionView(UUID.randomUUID(), TransactionType.EXPENSE,
				Money.of("100.00", "USD"), MARCH.atDay(20), "Hotel", "travel", null, null, UUID.randomUUID(), null,
				null, now, now, List.of(), TransactionStatus.PENDING, null, List.of());
		MonthActivity march = new MonthActivity(MARCH, gbp("0.00"), gbp("160.00"), 0, 3, List.of(), List.of(), abroad,
				gbp("80.00"), Map.of(MARCH.atDay(20), gbp("160.00")),
				new Conversions(Money.currency("GBP"), List.of(), List.of(), List.of()));

		assertThat(insights(march)).contains(
				"Your largest expense was US$100.00 (£80.00) for Hotel on 20 March, 50% of the month's spending.");
	}

	@Test
	void theTopCategorysShareIsToldUnlessItIsMostlyTheLargestExpense() {
		List<CategoryLine> lines = List.of(line("Food", "300.00", "300.00"), line("Travel", "100.00", "100.00"));
		assertThat(Insights.of(withLargest(null), QUIET_FEBRUARY, lines, List.of(), Locale.UK))
			.contains("Food took the largest share of your spending: 75% (£300.00).");
		assertThat(Insights.of(withLargest(expense("230.00", MARCH.atDay(3), "food", "Party")), QUIET_FEBRUARY, lines,
				List.of(), Locale.UK))
			.as("the largest expense is less than 80% of the category")
			.contains("Food took the largest share of your spending: 75% (£300.00).");
		assertThat(Insights.of(withLargest(expense("250.00", MARCH.atDay(3), "food", "Party")), QUIET_FEBRUARY, lines,
				List.of(), Locale.UK))
			.as("the largest expense is most of the category: told as the largest expense")
			.anyMatch(line -> line.startsWith("Your largest expense was £250.00 for Party"))
			.noneMatch(line -> line.contains("took the largest share"));
		assertThat(Insights.of(withLargest(expense("250.00", MARCH.atDay(3), "travel", "Flight")), QUIET_FEBRUARY,
				lines, List.of(), Locale.UK))
			.as("the largest expense is in another category")
			.contains("Food took the largest share of your spending: 75% (£300.00).");
	}

	@Test
	void aMerchantPaidThreeTimesOrMoreIsNamed() {
		MonthActivity march = new MonthActivity(MARCH, gbp("0.00"), gbp("50.00"), 0, 8, List.of(),
				List.of(new MerchantTotal("Bakery", 3, gbp("30.00")), new MerchantTotal("Cafe", 5, gbp("20.00"))), null,
				Map.of(MARCH.atDay(2), gbp("50.00")));
		assertThat(insights(march)).contains("You paid Cafe 5 times, £20.00 in all (£4.00 on average).")
			.noneMatch(line -> line.contains("Bakery"));
		MonthActivity twice = new MonthActivity(MARCH, gbp("0.00"), gbp("30.00"), 0, 2, List.of(),
				List.of(new MerchantTotal("Bakery", 2, gbp("30.00"))), null, Map.of(MARCH.atDay(2), gbp("30.00")));
		assertThat(insights(twice)).noneMatch(line -> line.contains(" times, "));
	}

	@Test
	void weekendsAreNamedWhenTheirShareIsFarFromTheirShareOfDays() {
		// March 2026 has 9 weekend days of 31, 29%; the 2nd to the 6th are weekdays
		Map<LocalDate, Money> weekdays = days(2, 3, 4, 5, 6);
		assertThat(insights(spending("50.00", 5, weekdays)))
			.contains("0% of your spending fell on weekends (£0.00), which are 9 of the month's 31 days.");
		Map<LocalDate, Money> mixed = days(2, 3, 4, 5, 6, 7, 8);
		assertThat(insights(spending("70.00", 7, mixed))).as("2 of 7 days' spending, 28.6%")
			.noneMatch(line -> line.contains("weekends"));
		assertThat(insights(spending("40.00", 4, days(2, 3, 4, 5)))).as("too few expenses to tell")
			.noneMatch(line -> line.contains("weekends"));
	}

	@Test
	void budgetsSayWhetherTheyHeld() {
		MonthActivity march = spending("500.00", 1, Map.of(MARCH.atDay(2), gbp("500.00")));
		assertThat(budgetInsights(march, new BudgetLine("All spending", gbp("600.00"), gbp("500.00")),
				new BudgetLine("Food", gbp("100.00"), gbp("90.00"))))
			.contains("You stayed within all 2 of your budgets.");
		assertThat(budgetInsights(march, new BudgetLine("All spending", gbp("400.00"), gbp("500.00")),
				new BudgetLine("Food", gbp("100.00"), gbp("150.00")),
				new BudgetLine("Travel", gbp("100.00"), gbp("20.00"))))
			.contains("2 of 3 budgets went over; All spending by the most: £100.00 over £400.00.");
		assertThat(budgetInsights(march, new BudgetLine("Food", gbp("100.00"), gbp("150.00"))))
			.contains("1 of 1 budget went over; Food by the most: £50.00 over £100.00.");
		assertThat(budgetInsights(march)).noneMatch(line -> line.contains("budget"));
	}

	@Test
	void daysWithoutSpendingAreCountedFromFiveOn() {
		Map<LocalDate, Money> twentySix = new TreeMap<>();
		for (int day = 1; day <= 26; day++) {
			twentySix.put(MARCH.atDay(day), gbp("1.00"));
		}
		assertThat(insights(spending("26.00", 26, twentySix))).contains("5 of 31 days passed without any spending.");
		Map<LocalDate, Money> twentySeven = new TreeMap<>(twentySix);
		twentySeven.put(MARCH.atDay(27), gbp("1.00"));
		assertThat(insights(spending("27.00", 27, twentySeven)))
			.noneMatch(line -> line.contains("without any spending"));
		MonthActivity incomeOnly = new MonthActivity(MARCH, gbp("100.00"), gbp("0.00"), 1, 0, List.of(), List.of(),
				null, Map.of());
		assertThat(insights(incomeOnly)).as("no spending at all")
			.noneMatch(line -> line.contains("without any spending"));
	}

	@Test
	void theSentencesToShareLeaveOutWhatTransactionsSayAndListTheirNumbers() {
		TransactionView dinner = expense("60.00", MARCH.atDay(14), "food", "Dinner at Luigi's");
		MonthActivity march = new MonthActivity(MARCH, gbp("0.00"), gbp("100.00"), 0, 4, List.of(),
				List.of(new MerchantTotal("Luigi's", 3, gbp("90.00"))), dinner, Map.of(MARCH.atDay(14), gbp("100.00")));
		List<Insight> found = Insights.found(march, QUIET_FEBRUARY, List.of(), List.of(), Locale.UK);

		assertThat(found).extracting(Insight::text)
			.contains("Your largest expense was £60.00 for Dinner at Luigi's on 14 March, 60% of the month's spending.",
					"You paid Luigi's 3 times, £90.00 in all (£30.00 on average).");
		assertThat(found).extracting(Insight::shared)
			.contains("Your largest expense was £60.00 on 14 March, 60% of the month's spending.",
					"You paid one merchant 3 times, £90.00 in all (£30.00 on average).")
			.noneMatch(line -> line.contains("Luigi") || line.contains("Dinner"));
		Insight largest = found.stream()
			.filter(insight -> insight.text().startsWith("Your largest"))
			.findFirst()
			.orElseThrow();
		assertThat(largest.numbers()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("60"), new BigDecimal("14"), new BigDecimal("60"));
	}

	/** The insights of a month against a February without any transactions. */
	private static List<String> insights(MonthActivity march) {
		return Insights.of(march, QUIET_FEBRUARY, List.of(), List.of(), Locale.UK);
	}

	private static List<String> categoryInsights(MonthActivity march, CategoryLine... lines) {
		return Insights.of(march, QUIET_FEBRUARY, List.of(lines), List.of(), Locale.UK);
	}

	private static List<String> budgetInsights(MonthActivity march, BudgetLine... lines) {
		return Insights.of(march, QUIET_FEBRUARY, List.of(), List.of(lines), Locale.UK);
	}

	/** Expenses only, spent on the given days. */
	private static MonthActivity spending(String expenses, long count, Map<LocalDate, Money> days) {
		return new MonthActivity(MARCH, gbp("0.00"), gbp(expenses), 0, count, List.of(), List.of(), null, days);
	}

	/** One expense of the whole amount, on the month's 2nd. */
	private static MonthActivity spending(YearMonth month, String expenses) {
		return new MonthActivity(month, gbp("0.00"), gbp(expenses), 0, 1, List.of(), List.of(), null,
				Map.of(month.atDay(2), gbp(expenses)));
	}

	/**
	 * £400.00 spent in two expenses on the 3rd and the 4th, the given one the largest.
	 */
	private static MonthActivity withLargest(TransactionView largest) {
		return new MonthActivity(MARCH, gbp("0.00"), gbp("400.00"), 0, 2, List.of(), List.of(), largest,
				Map.of(MARCH.atDay(3), gbp("300.00"), MARCH.atDay(4), gbp("100.00")));
	}

	/** £10.00 on each of the given days of March. */
	private static Map<LocalDate, Money> days(int... days) {
		Map<LocalDate, Money> spent = new TreeMap<>();
		for (int day : days) {
			spent.put(MARCH.atDay(day), gbp("10.00"));
		}
		return spent;
	}

	private static CategoryLine line(String name, String amount, String previous) {
		return new CategoryLine(name.toLowerCase(Locale.ROOT), name, "#fff", gbp(amount), gbp(previous));
	}

	private static TransactionView expense(String amount, LocalDate date, String category, String description) {
		Instant now = Instant.parse("2026-03-31T12:00:00Z");
		return new TransactionView(UUID.randomUUID(), TransactionType.EXPENSE, gbp(amount), date, description, category,
				null, null, UUID.randomUUID(), null, null, now, now, List.of(), TransactionStatus.PENDING, null,
				List.of());
	}

	private static Money gbp(String amount) {
		return Money.of(amount, "GBP");
	}

}
