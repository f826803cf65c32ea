package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.expensync.money.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums computed in the database: spending in a period, spending per category, an
 * account's activity.
 */
@Service
public class TransactionTotals {

	private final TransactionRepository transactions;

	private final Clock clock;

	TransactionTotals(TransactionRepository transactions, Clock clock) {
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Which categories the user gave each merchant's expenses, and how often: what a
	 * scanned receipt's category is learnt from.
	 */
	@Transactional(readOnly = true)
	public List<CategoryHabit> expenseCategoriesByMerchant(UUID userId) {
		return transactions.categoriesByMerchant(userId, TransactionType.EXPENSE)
			.stream()
			.map(row -> new CategoryHabit(row.getMerchant(), row.getCategory(), row.getCount(), row.getLatest()))
			.toList();
	}

	/**
	 * Expenses in {@code currency} on all accounts between the two dates, both included.
	 */
	@Transactional(readOnly = true)
	public Money expenses(UUID userId, Currency currency, LocalDate from, LocalDate to) {
		return Money.of(transactions.sum(userId, TransactionType.EXPENSE, currency, from, to), currency);
	}

	/**
	 * Expenses in {@code currency} in one category between the two dates, both included.
	 */
	@Transactional(readOnly = true)
	public Money expensesIn(UUID userId, Currency currency, String category, LocalDate from, LocalDate to) {
		return Money.of(transactions.sumInCategory(userId, TransactionType.EXPENSE, currency, category, from, to),
				currency);
	}

	/**
	 * Expenses in {@code currency} on the given accounts (all accounts when none are
	 * given) between the two dates, both included.
	 */
	@Transactional(readOnly = true)
	public Money expenses(UUID userId, Currency currency, Collection<UUID> accounts, LocalDate from, LocalDate to) {
		return accounts.isEmpty() ? expenses(userId, currency, from, to) : Money
			.of(transactions.sumOnAccounts(userId, TransactionType.EXPENSE, currency, accounts, from, to), currency);
	}

	/**
	 * Expenses in {@code currency} in one category on the given accounts (all accounts
	 * when none are given) between the two dates, both included.
	 */
	@Transactional(readOnly = true)
	public Money expensesIn(UUID userId, Currency currency, String category, Collection<UUID> accounts, LocalDate from,
			LocalDate to) {
		return accounts.isEmpty() ? expensesIn(userId, currency, category, from, to)
				: Money.of(transactions.sumInCategoryOnAccounts(userId, TransactionType.EXPENSE, currency, category,
						accounts, from, to), currency);
	}

	/** Expenses in {@code currency} per category, largest first. */
	@Transactional(readOnly = true)
	public List<CategoryTotal> expensesByCategory(UUID userId, Currency currency, LocalDate from, LocalDate to) {
		return transactions.sumByCategory(userId, TransactionType.EXPENSE, currency, from, to)
			.stream()
			.map(sum -> new CategoryTotal(sum.getCategory(), Money.of(sum.getTotal(), currency)))
			.toList();
	}

	/**
	 * This month's expenses (in the month as counted in {@code zone}) per category,
	 * largest first.
	 */
	@Transactional(readOnly = true)
	public List<CategoryTotal> expensesThisMonth(UUID userId, Currency currency, ZoneId zone) {
		YearMonth month = YearMonth.now(clock.withZone(zone));
		return expensesByCategory(userId, currency, month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * A month's income and expenses in {@code currency} over all the user's accounts:
	 * totals, counts, per category, the top merchants, the largest expense and the
	 * expenses per day. Transfers are neither income nor expense.
	 */
	@Transactional(readOnly = true)
	public MonthActivity month(UUID userId, Currency currency, YearMonth month, int merchants) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		Map<LocalDate, Money> daily = new TreeMap<>();
		transactions.sumByDay(userId, TransactionType.EXPENSE, currency, from, to)
			.forEach(day -> daily.put(day.getDate(), Money.of(day.getTotal(), currency)));
		return new MonthActivity(month,
				Money.of(transactions.sum(userId, TransactionType.INCOME, currency, from, to), currency),
				Money.of(transactions.sum(userId, TransactionType.EXPENSE, currency, from, to), currency),
				transactions.countByUserIdAndTypeAndCurrencyAndDateBetween(userId, TransactionType.INCOME, currency,
						from, to),
				transactions.countByUserIdAndTypeAndCurrencyAndDateBetween(userId, TransactionType.EXPENSE, currency,
						from, to),
				expensesByCategory(userId, currency, from, to), merchants(userId, currency, from, to, merchants),
				transactions
					.findFirstByUserIdAndTypeAndCurrencyAndDateBetweenOrderByAmountDescDateAsc(userId,
							TransactionType.EXPENSE, currency, from, to)
					.map(Transaction::view)
					.orElse(null),
				daily);
	}

	/**
	 * The merchants spent at most, largest first; spellings that differ only in case are
	 * one merchant, named as it was written most often.
	 */
	private List<MerchantTotal> merchants(UUID userId, Currency currency, LocalDate from, LocalDate to, int limit) {
		Map<String, List<TransactionRepository.MerchantSum>> byName = new TreeMap<>();
		transactions.sumByMerchant(userId, TransactionType.EXPENSE, currency, from, to)
			.forEach(sum -> byName
				.computeIfAbsent(sum.getMerchant().strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(sum));
		return byName.values()
			.stream()
			.map(spellings -> new MerchantTotal(spellings.stream()
				.max(Comparator.comparingLong(TransactionRepository.MerchantSum::getCount)
					.thenComparing(sum -> !sum.getMerchant().equals(sum.getMerchant().toUpperCase(Locale.ROOT))))
				.orElseThrow()
				.getMerchant(), spellings.stream().mapToLong(TransactionRepository.MerchantSum::getCount).sum(),
					Money.of(spellings.stream()
						.map(TransactionRepository.MerchantSum::getTotal)
						.reduce(BigDecimal.ZERO, BigDecimal::add), currency)))
			.sorted(Comparator.comparing(MerchantTotal::total)
				.reversed()
				.thenComparing(Comparator.comparingLong(MerchantTotal::count).reversed()))
			.limit(limit)
			.toList();
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
		for (var day : transactions.sumByDay(userId, accountId,
				EnumSet.of(TransactionType.INCOME, TransactionType.EXPENSE), from, today)) {
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

}
