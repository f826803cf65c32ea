package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums computed in the database: spending in a period, per category, per merchant and in
 * a month. An account's chart is {@link AccountActivities}.
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
		return Money.of(transactions.sumInCategory(userId, TransactionType.EXPENSE, currency, category, from, to)
			.add(transactions.sumSplitsInCategory(userId, TransactionType.EXPENSE, currency, category, from, to)),
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
				: Money.of(transactions
					.sumInCategoryOnAccounts(userId, TransactionType.EXPENSE, currency, category, accounts, from, to)
					.add(transactions.sumSplitsInCategoryOnAccounts(userId, TransactionType.EXPENSE, currency, category,
							accounts, from, to)),
						currency);
	}

	/**
	 * Expenses in {@code currency} per category, largest first; each part of a split
	 * transaction counts under its own category.
	 */
	@Transactional(readOnly = true)
	public List<CategoryTotal> expensesByCategory(UUID userId, Currency currency, LocalDate from, LocalDate to) {
		Map<Optional<String>, BigDecimal> totals = new LinkedHashMap<>();
		Stream
			.concat(transactions.sumByCategory(userId, TransactionType.EXPENSE, currency, from, to).stream(),
					transactions.sumSplitsByCategory(userId, TransactionType.EXPENSE, currency, from, to).stream())
			.forEach((sum) -> totals.merge(Optional.ofNullable(sum.getCategory()), sum.getTotal(), BigDecimal::add));
		return totals.entrySet()
			.stream()
			.map((total) -> new CategoryTotal(total.getKey().orElse(null), Money.of(total.getValue(), currency)))
			.sorted(Comparator.comparing(CategoryTotal::total).reversed())
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
	 * Income and expenses in {@code currency} per tag over a period, the largest spending
	 * first; a transaction with two tags counts under both. Transfers are neither.
	 */
	@Transactional(readOnly = true)
	public List<TagTotal> byTag(UUID userId, Currency currency, LocalDate from, LocalDate to) {
		Map<String, TagTotal> byTag = new TreeMap<>();
		Money none = Money.zero(currency);
		transactions.sumByTag(userId, List.of(TransactionType.INCOME, TransactionType.EXPENSE), currency, from, to)
			.forEach((sum) -> {
				Money total = Money.of(sum.getTotal(), currency);
				TagTotal part = (sum.getType() == TransactionType.INCOME)
						? new TagTotal(sum.getTag(), total, none, sum.getCount())
						: new TagTotal(sum.getTag(), none, total, sum.getCount());
				byTag.merge(sum.getTag(), part, TagTotal::plus);
			});
		return byTag.values()
			.stream()
			.sorted(Comparator.comparing(TagTotal::expenses).reversed().thenComparing(TagTotal::tag))
			.toList();
	}

	/** A tag's income and expenses over a period, and how many transactions made them. */
	public record TagTotal(String tag, Money income, Money expenses, long count) {

		TagTotal plus(TagTotal other) {
			return new TagTotal(tag, income.plus(other.income), expenses.plus(other.expenses), count + other.count);
		}

	}

	/** What was spent (or earned) in one category over a period. */
	public record CategoryTotal(@Nullable String category, Money total) {
	}

	/** What was spent at one merchant over a period, in how many transactions. */
	public record MerchantTotal(String merchant, long count, Money total) {
	}

	/**
	 * One month's income and expenses over all of a user's accounts, in one currency.
	 *
	 * @param byCategory expenses per category, largest first
	 * @param merchants the merchants spent at most, largest first
	 * @param dailyExpenses expenses per day, only days with any
	 */
	public record MonthActivity(YearMonth month, Money income, Money expenses, long incomeCount, long expenseCount,
			List<CategoryTotal> byCategory, List<MerchantTotal> merchants, @Nullable TransactionView largestExpense,
			Map<LocalDate, Money> dailyExpenses) {

		public boolean isEmpty() {
			return incomeCount == 0 && expenseCount == 0;
		}

		public Money net() {
			return income.minus(expenses);
		}

	}

	/**
	 * How often the user put a merchant's expenses (or, without a merchant, those with
	 * this description) in one category, and when last.
	 */
	public record CategoryHabit(String merchant, String category, long count, LocalDate latest) {
	}

}
