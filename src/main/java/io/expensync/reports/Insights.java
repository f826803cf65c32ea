package io.expensync.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.expensync.money.Money;
import io.expensync.reports.MonthlyReportView.BudgetLine;
import io.expensync.reports.MonthlyReportView.CategoryLine;
import io.expensync.transactions.TransactionTotals.MerchantTotal;
import io.expensync.transactions.TransactionTotals.MonthActivity;
import io.expensync.transactions.TransactionView;

/**
 * What is worth knowing about a month, worked out from its numbers: each rule speaks only
 * when the data says something, with a weight for how much it matters, and the report
 * keeps the weightiest few. There is no fixed sentence to fall back on.
 */
final class Insights {

	static final int MAX = 5;

	private final MonthActivity month;

	private final MonthActivity before;

	private final List<CategoryLine> categories;

	private final List<BudgetLine> budgets;

	private final InsightWording words;

	private final List<Insight> found = new ArrayList<>();

	private record Insight(double weight, String text) {
	}

	private Insights(MonthActivity month, MonthActivity before, List<CategoryLine> categories, List<BudgetLine> budgets,
			Locale locale) {
		this.month = month;
		this.before = before;
		this.categories = categories;
		this.budgets = budgets;
		this.words = new InsightWording(locale);
	}

	/** The month's insights, most telling first. */
	static List<String> of(MonthActivity month, MonthActivity before, List<CategoryLine> categories,
			List<BudgetLine> budgets, Locale locale) {
		Insights insights = new Insights(month, before, categories, budgets, locale);
		insights.savings();
		insights.spendingAgainstLastMonth();
		insights.biggestCategoryChange();
		insights.largestExpense();
		insights.topCategoryShare();
		insights.regularMerchant();
		insights.weekends();
		insights.budgets();
		insights.daysWithoutSpending();
		return insights.found.stream()
			.sorted(Comparator.comparingDouble(Insight::weight).reversed())
			.limit(MAX)
			.map(Insight::text)
			.toList();
	}

	private void savings() {
		if (month.income().isPositive()) {
			Money net = month.net();
			BigDecimal rate = percent(net.isNegative() ? net.negate() : net, month.income());
			if (net.isNegative()) {
				say(90, "You spent %s more than you earned: expenses were %s of your income.",
						words.money(net.negate()), words.percent(rate.add(BigDecimal.valueOf(100))));
			}
			else {
				say(60 + rate.doubleValue() / 10, "You kept %s of your income (%s): %s in, %s out.",
						words.percent(rate), words.money(net), words.money(month.income()),
						words.money(month.expenses()));
			}
		}
		else if (month.expenses().isPositive()) {
			say(70, "No income was recorded this month, against %s of expenses.", words.money(month.expenses()));
		}
	}

	private void spendingAgainstLastMonth() {
		BigDecimal change = MonthlyReportView.percentChange(month.expenses(), before.expenses());
		if (change == null || change.signum() == 0) {
			return;
		}
		say(40 + Math.min(change.abs().doubleValue(), 50), "Spending was %s %s on %s (%s, against %s).",
				change.signum() > 0 ? "up" : "down", words.percent(change.abs()), words.monthName(before.month()),
				words.money(month.expenses()), words.money(before.expenses()));
	}

	private void biggestCategoryChange() {
		categories.stream()
			.filter(line -> !line.amount().equals(line.previous()))
			.max(Comparator.comparing(line -> line.amount().minus(line.previous()).amount().abs()))
			.filter(line -> line.previous().isPositive() || line.amount().isPositive())
			.ifPresent(line -> {
				Money change = line.amount().minus(line.previous());
				double weight = month.expenses().isZero() ? 30
						: 30 + 50 * change.amount().abs().doubleValue() / month.expenses().amount().doubleValue();
				if (line.previous().isZero()) {
					say(weight, "%s is new this month: %s, where %s had none.", line.name(), words.money(line.amount()),
							words.monthName(before.month()));
				}
				else if (line.amount().isZero()) {
					say(weight, "Nothing went to %s this month, after %s in %s.", line.name(),
							words.money(line.previous()), words.monthName(before.month()));
				}
				else {
					say(weight, "%s %s by %s to %s (%s).", line.name(), change.isNegative() ? "fell" : "rose",
							words.money(change.isNegative() ? change.negate() : change), words.money(line.amount()),
							words.signedPercent(line.changePercent()));
				}
			});
	}

	private void largestExpense() {
		TransactionView largest = month.largestExpense();
		if (largest == null || month.expenseCount() < 2) {
			return;
		}
		BigDecimal share = percent(largest.amount(), month.expenses());
		say(25 + share.doubleValue() / 2, "Your largest expense was %s for %s on %s, %s of the month's spending.",
				words.money(largest.amount()), largest.title(), words.day(largest.date()), words.percent(share));
	}

	private void topCategoryShare() {
		if (categories.isEmpty() || !month.expenses().isPositive()) {
			return;
		}
		CategoryLine top = categories.get(0);
		TransactionView largest = month.largestExpense();
		if (largest != null && top.key().equals(largest.category() == null ? "" : largest.category())
				&& largest.amount()
					.amount()
					.multiply(BigDecimal.TEN)
					.compareTo(top.amount().amount().multiply(BigDecimal.valueOf(8))) >= 0) {
			// the category is mostly that one expense, already told
			return;
		}
		BigDecimal share = percent(top.amount(), month.expenses());
		say(20 + share.doubleValue() / 3, "%s took the largest share of your spending: %s (%s).", top.name(),
				words.percent(share), words.money(top.amount()));
	}

	private void regularMerchant() {
		month.merchants()
			.stream()
			.filter(merchant -> merchant.count() >= 3)
			.max(Comparator.comparingLong(MerchantTotal::count))
			.ifPresent(merchant -> {
				Money average = Money.of(merchant.total()
					.amount()
					.divide(BigDecimal.valueOf(merchant.count()), merchant.total().amount().scale(),
							RoundingMode.HALF_EVEN),
						merchant.total().currency());
				say(20 + merchant.count(), "You paid %s %d times, %s in all (%s on average).", merchant.merchant(),
						merchant.count(), words.money(merchant.total()), words.money(average));
			});
	}

	private void weekends() {
		if (!month.expenses().isPositive() || month.expenseCount() < 5) {
			return;
		}
		Money weekend = Money.zero(month.expenses().currency());
		for (Map.Entry<LocalDate, Money> day : month.dailyExpenses().entrySet()) {
			DayOfWeek weekday = day.getKey().getDayOfWeek();
			if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
				weekend = weekend.plus(day.getValue());
			}
		}
		long weekendDays = month.month()
			.atDay(1)
			.datesUntil(month.month().atEndOfMonth().plusDays(1))
			.filter(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
			.count();
		BigDecimal share = percent(weekend, month.expenses());
		double expected = 100.0 * weekendDays / month.month().lengthOfMonth();
		if (Math.abs(share.doubleValue() - expected) >= 15) {
			say(15 + Math.abs(share.doubleValue() - expected) / 2,
					"%s of your spending fell on weekends (%s), which are %d of the month's %d days.",
					words.percent(share), words.money(weekend), weekendDays, month.month().lengthOfMonth());
		}
	}

	private void budgets() {
		if (budgets.isEmpty()) {
			return;
		}
		List<BudgetLine> over = budgets.stream().filter(BudgetLine::over).toList();
		if (over.isEmpty()) {
			if (budgets.size() == 1) {
				BudgetLine only = budgets.get(0);
				say(45, "You stayed within your budget: %s of %s for %s.", words.money(only.spent()),
						words.money(only.budget()), words.lowerCase(only.name()));
			}
			else {
				say(45, "You stayed within all %d of your budgets.", budgets.size());
			}
			return;
		}
		BudgetLine worst = over.stream()
			.max(Comparator.comparing(line -> line.spent().minus(line.budget())))
			.orElseThrow();
		say(85, "%d of %d budget%s went over; %s by the most: %s over %s.", over.size(), budgets.size(),
				budgets.size() == 1 ? "" : "s", worst.name(), words.money(worst.spent().minus(worst.budget())),
				words.money(worst.budget()));
	}

	private void daysWithoutSpending() {
		int days = month.month().lengthOfMonth();
		int without = days - month.dailyExpenses().size();
		if (month.expenseCount() > 0 && without >= 5) {
			say(10 + without / 2.0, "%d of %d days passed without any spending.", without, days);
		}
	}

	private void say(double weight, String format, Object... args) {
		found.add(new Insight(weight, format.formatted(args)));
	}

	private static BigDecimal percent(Money part, Money whole) {
		return whole.isZero() ? BigDecimal.ZERO
				: part.ratioTo(whole, 6).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
	}

}
