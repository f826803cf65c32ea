package io.expensync.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.expensync.money.Money;
import io.expensync.reports.MonthlyReportView.BudgetLine;
import io.expensync.reports.MonthlyReportView.CategoryLine;
import io.expensync.transactions.TransactionTotals.MerchantTotal;
import io.expensync.transactions.TransactionTotals.MonthActivity;
import io.expensync.transactions.TransactionView;

import org.jspecify.annotations.Nullable;

/**
 * What is worth knowing about a month, worked out from its numbers: each rule speaks only
 * when the data says something, with a weight for how much it matters, and the report
 * keeps the weightiest few. There is no fixed sentence to fall back on. Each sentence is
 * also kept without any transaction's description or merchant, with the numbers it
 * states, for an AI provider to phrase ({@link Insight}).
 */
final class Insights {

	static final int MAX = 5;

	private final MonthActivity month;

	private final MonthActivity before;

	private final List<CategoryLine> categories;

	private final List<BudgetLine> budgets;

	private final InsightWording words;

	private final List<Weighed> found = new ArrayList<>();

	private record Weighed(double weight, Insight insight) {
	}

	/**
	 * A value in a sentence: how it reads, how it reads when shared with an AI provider,
	 * and the number it states, if any.
	 */
	private record Part(String shown, String shared, @Nullable BigDecimal number) {
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
		return found(month, before, categories, budgets, locale).stream().map(Insight::text).toList();
	}

	/**
	 * The month's insights, most telling first, each also as it may be shared and with
	 * its numbers.
	 */
	static List<Insight> found(MonthActivity month, MonthActivity before, List<CategoryLine> categories,
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
			.sorted(Comparator.comparingDouble(Weighed::weight).reversed())
			.limit(MAX)
			.map(Weighed::insight)
			.toList();
	}

	private void savings() {
		if (month.income().isPositive()) {
			Money net = month.net();
			BigDecimal rate = percent(net.isNegative() ? net.negate() : net, month.income());
			if (net.isNegative()) {
				say(90, "You spent %s more than you earned: expenses were %s of your income.", money(net.negate()),
						percent(rate.add(BigDecimal.valueOf(100))));
			}
			else {
				say(60 + rate.doubleValue() / 10, "You kept %s of your income (%s): %s in, %s out.", percent(rate),
						money(net), money(month.income()), money(month.expenses()));
			}
		}
		else if (month.expenses().isPositive()) {
			say(70, "No income was recorded this month, against %s of expenses.", money(month.expenses()));
		}
	}

	private void spendingAgainstLastMonth() {
		BigDecimal change = MonthlyReportView.percentChange(month.expenses(), before.expenses());
		if (change == null || change.signum() == 0) {
			return;
		}
		say(40 + Math.min(change.abs().doubleValue(), 50), "Spending was %s %s on %s (%s, against %s).",
				word(change.signum() > 0 ? "up" : "down"), percent(change.abs()), monthName(before.month()),
				money(month.expenses()), money(before.expenses()));
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
					say(weight, "%s is new this month: %s, where %s had none.", name(line.name()), money(line.amount()),
							monthName(before.month()));
				}
				else if (line.amount().isZero()) {
					say(weight, "Nothing went to %s this month, after %s in %s.", name(line.name()),
							money(line.previous()), monthName(before.month()));
				}
				else {
					say(weight, "%s %s by %s to %s (%s).", name(line.name()),
							word(change.isNegative() ? "fell" : "rose"), money(change), money(line.amount()),
							signedPercent(line.changePercent()));
				}
			});
	}

	private void largestExpense() {
		TransactionView largest = month.largestExpense();
		Money inHome = month.largestExpenseInHome();
		if (largest == null || inHome == null || month.expenseCount() < 2) {
			return;
		}
		BigDecimal share = percent(inHome, month.expenses());
		// what it was for is the transaction's own description: never shared
		if (largest.amount().currency().equals(inHome.currency())) {
			say(25 + share.doubleValue() / 2, "Your largest expense was %s%s on %s, %s of the month's spending.",
					money(inHome), personal(" for " + largest.title(), ""), day(largest.date()), percent(share));
		}
		else {
			// one in another currency is told in both
			say(25 + share.doubleValue() / 2, "Your largest expense was %s (%s)%s on %s, %s of the month's spending.",
					money(largest.amount()), money(inHome), personal(" for " + largest.title(), ""),
					day(largest.date()), percent(share));
		}
	}

	private void topCategoryShare() {
		if (categories.isEmpty() || !month.expenses().isPositive()) {
			return;
		}
		CategoryLine top = categories.get(0);
		TransactionView largest = month.largestExpense();
		Money largestInHome = month.largestExpenseInHome();
		if (largest != null && largestInHome != null
				&& top.key().equals(largest.category() == null ? "" : largest.category())
				&& largestInHome.amount()
					.multiply(BigDecimal.TEN)
					.compareTo(top.amount().amount().multiply(BigDecimal.valueOf(8))) >= 0) {
			// the category is mostly that one expense, already told
			return;
		}
		BigDecimal share = percent(top.amount(), month.expenses());
		say(20 + share.doubleValue() / 3, "%s took the largest share of your spending: %s (%s).", name(top.name()),
				percent(share), money(top.amount()));
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
				say(20 + merchant.count(), "You paid %s %s times, %s in all (%s on average).",
						personal(merchant.merchant(), "one merchant"), count(merchant.count()), money(merchant.total()),
						money(average));
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
					"%s of your spending fell on weekends (%s), which are %s of the month's %s days.", percent(share),
					money(weekend), count(weekendDays), count(month.month().lengthOfMonth()));
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
				say(45, "You stayed within your budget: %s of %s for %s.", money(only.spent()), money(only.budget()),
						name(words.lowerCase(only.name())));
			}
			else {
				say(45, "You stayed within all %s of your budgets.", count(budgets.size()));
			}
			return;
		}
		BudgetLine worst = over.stream()
			.max(Comparator.comparing(line -> line.spent().minus(line.budget())))
			.orElseThrow();
		say(85, "%s of %s budget%s went over; %s by the most: %s over %s.", count(over.size()), count(budgets.size()),
				word(budgets.size() == 1 ? "" : "s"), name(worst.name()), money(worst.spent().minus(worst.budget())),
				money(worst.budget()));
	}

	private void daysWithoutSpending() {
		int days = month.month().lengthOfMonth();
		int without = days - month.dailyExpenses().size();
		if (month.expenseCount() > 0 && without >= 5) {
			say(10 + without / 2.0, "%s of %s days passed without any spending.", count(without), count(days));
		}
	}

	private void say(double weight, String format, Part... parts) {
		String text = format.formatted(Stream.of(parts).map(Part::shown).toArray());
		String shared = format.formatted(Stream.of(parts).map(Part::shared).toArray());
		List<BigDecimal> numbers = Stream.of(parts).map(Part::number).filter(Objects::nonNull).toList();
		found.add(new Weighed(weight, new Insight(text, shared, numbers)));
	}

	/** An amount, told without its sign (the sentence says which way it went). */
	private Part money(Money money) {
		String shown = words.money(money.isNegative() ? money.negate() : money);
		return new Part(shown, shown, money.amount().abs());
	}

	private Part percent(BigDecimal percent) {
		String shown = words.percent(percent);
		return new Part(shown, shown, percent.abs());
	}

	private Part signedPercent(BigDecimal percent) {
		String shown = words.signedPercent(percent);
		return new Part(shown, shown, percent.abs());
	}

	private static Part count(long count) {
		String shown = Long.toString(count);
		return new Part(shown, shown, BigDecimal.valueOf(count));
	}

	private Part day(LocalDate date) {
		String shown = words.day(date);
		return new Part(shown, shown, BigDecimal.valueOf(date.getDayOfMonth()));
	}

	private Part monthName(YearMonth month) {
		String shown = words.monthName(month);
		return new Part(shown, shown, null);
	}

	/** A category's or budget's name: the user's own words for a kind of spending. */
	private static Part name(String name) {
		return new Part(name, name, null);
	}

	/**
	 * What a transaction says about the user (its description or merchant): shown, but
	 * shared as {@code instead}.
	 */
	private static Part personal(String shown, String instead) {
		return new Part(shown, instead, null);
	}

	private static Part word(String word) {
		return new Part(word, word, null);
	}

	private static BigDecimal percent(Money part, Money whole) {
		return whole.isZero() ? BigDecimal.ZERO
				: part.ratioTo(whole, 6).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
	}

}
