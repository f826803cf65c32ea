package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's income and expenses over a range, summed in the database per day, week or
 * month: the chart on the account's page.
 */
@Service
public class AccountActivities {

	private final TransactionRepository transactions;

	private final Clock clock;

	AccountActivities(TransactionRepository transactions, Clock clock) {
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The account's income and expenses over the range ending today in {@code zone}: per
	 * day up to a month, per week up to six months, per month beyond.
	 */
	@Transactional(readOnly = true)
	public AccountActivity activity(UUID userId, UUID accountId, Currency currency, ActivityRange range, ZoneId zone) {
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate from = range == ActivityRange.ALL
				? transactions.firstDate(userId, accountId).orElse(today).withDayOfMonth(1)
				: today.minusDays(range.days() - 1L);
		Bucket bucket = Bucket.fitting(ChronoUnit.DAYS.between(from, today) + 1);
		Map<LocalDate, BigDecimal[]> buckets = new TreeMap<>();
		for (LocalDate start = bucket.start.apply(from); !start.isAfter(today); start = bucket.next.apply(start)) {
			buckets.put(start, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		}
		BigDecimal income = BigDecimal.ZERO;
		BigDecimal expense = BigDecimal.ZERO;
		for (var day : transactions.sumByDay(userId, accountId, from, today)) {
			int side = day.getType() == TransactionType.INCOME ? 0 : 1;
			buckets.get(bucket.start.apply(day.getDate()))[side] = buckets.get(bucket.start.apply(day.getDate()))[side]
				.add(day.getTotal());
			if (side == 0) {
				income = income.add(day.getTotal());
			}
			else {
				expense = expense.add(day.getTotal());
			}
		}
		List<String> labels = new ArrayList<>();
		List<BigDecimal> incomes = new ArrayList<>();
		List<BigDecimal> expenses = new ArrayList<>();
		buckets.forEach((start, sums) -> {
			labels.add(bucket.label(start));
			incomes.add(Money.of(sums[0], currency).amount());
			expenses.add(Money.of(sums[1], currency).amount());
		});
		return new AccountActivity(range, bucket.name, labels, incomes, expenses, Money.of(income, currency),
				Money.of(expense, currency));
	}

	/**
	 * The chart's bucket size: labels carry the year so that ALL never merges the same
	 * day of two years.
	 */
	private enum Bucket {

		DAY("day", d -> d, d -> d.plusDays(1), "d MMM yyyy"),
		WEEK("week", d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d -> d.plusWeeks(1),
				"'Week of' d MMM yyyy"),
		MONTH("month", d -> d.withDayOfMonth(1), d -> d.plusMonths(1), "MMM yyyy");

		final String name;

		final UnaryOperator<LocalDate> start;

		final UnaryOperator<LocalDate> next;

		final DateTimeFormatter format;

		Bucket(String name, UnaryOperator<LocalDate> start, UnaryOperator<LocalDate> next, String pattern) {
			this.name = name;
			this.start = start;
			this.next = next;
			this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
		}

		static Bucket fitting(long days) {
			return days <= 31 ? DAY : days <= 190 ? WEEK : MONTH;
		}

		String label(LocalDate start) {
			return format.format(start);
		}

	}

	/**
	 * Income and expenses of one account over a range, in buckets (days, weeks or months)
	 * ready for a chart, with the totals of the range. Transfers are neither income nor
	 * expense and are left out.
	 */
	public record AccountActivity(ActivityRange range, String bucket, List<String> labels, List<BigDecimal> income,
			List<BigDecimal> expense, Money totalIncome, Money totalExpense) {

		public Money net() {
			return totalIncome.minus(totalExpense);
		}

	}

	/**
	 * The ranges of the account chart: the last 7 days, 1, 3 or 6 months, or everything.
	 */
	public enum ActivityRange {

		D7("7D", 7), M1("1M", 30), M3("3M", 90), M6("6M", 180), ALL("ALL", 0);

		private final String label;

		private final int days;

		ActivityRange(String label, int days) {
			this.label = label;
			this.days = days;
		}

		/**
		 * Reads a label such as {@code 3M}; anything unknown is the default, one month.
		 */
		public static ActivityRange of(@Nullable String text) {
			for (ActivityRange range : values()) {
				if (range.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
					return range;
				}
			}
			return M1;
		}

		public String label() {
			return label;
		}

		/** How many days back the range reaches, today included; 0 for everything. */
		int days() {
			return days;
		}

	}

}
