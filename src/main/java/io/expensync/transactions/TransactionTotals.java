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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.rates.ExchangeRates;
import io.expensync.rates.RateBook;
import io.expensync.transactions.TransactionRepository.ForeignMerchantSum;
import io.expensync.transactions.TransactionRepository.ForeignSum;
import io.expensync.transactions.TransactionRepository.ForeignTagSum;
import io.expensync.transactions.TransactionRepository.MerchantPart;
import io.expensync.transactions.TransactionRepository.MerchantSum;

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

	private final ExchangeRates rates;

	private final AccountService accounts;

	private final Clock clock;

	TransactionTotals(TransactionRepository transactions, ExchangeRates rates, AccountService accounts, Clock clock) {
		this.transactions = transactions;
		this.rates = rates;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Which categories the user gave each merchant's expenses, and how often: what a
	 * scanned receipt's category is learnt from. A split expense counts under the
	 * category of its largest part.
	 */
	@Transactional(readOnly = true)
	public List<CategoryHabit> expenseCategoriesByMerchant(UUID userId) {
		Map<List<String>, CategoryHabit> habits = new LinkedHashMap<>();
		transactions.categoriesByMerchant(userId, TransactionType.EXPENSE)
			.forEach((row) -> habits.put(List.of(row.getMerchant(), row.getCategory()),
					new CategoryHabit(row.getMerchant(), row.getCategory(), row.getCount(), row.getLatest())));
		// a split transaction counts under the category of its largest part
		Map<UUID, MerchantPart> largest = new LinkedHashMap<>();
		transactions.partsByMerchant(userId, TransactionType.EXPENSE)
			.forEach((part) -> largest.merge(part.getId(), part,
					(one, other) -> (other.getAmount().compareTo(one.getAmount()) > 0) ? other : one));
		largest.values()
			.forEach((part) -> habits.merge(List.of(part.getMerchant(), part.getCategory()),
					new CategoryHabit(part.getMerchant(), part.getCategory(), 1, part.getDate()),
					(one, other) -> new CategoryHabit(one.merchant(), one.category(), one.count() + other.count(),
							one.latest().isAfter(other.latest()) ? one.latest() : other.latest())));
		return List.copyOf(habits.values());
	}

	/**
	 * Expenses on the given accounts (all accounts when none are given) between the two
	 * dates, both included, in {@code home}: other currencies converted at the rate of
	 * each day, what has no rate left out and named.
	 */
	@Transactional(readOnly = true)
	public Total expenses(UUID userId, Currency home, Collection<UUID> accounts, LocalDate from, LocalDate to) {
		BigDecimal inHome = accounts.isEmpty() ? transactions.sum(userId, TransactionType.EXPENSE, home, from, to)
				: transactions.sumOnAccounts(userId, TransactionType.EXPENSE, home, accounts, from, to);
		return withForeign(userId, home, from, to, inHome, (row) -> onAccounts(row, accounts));
	}

	/**
	 * Expenses in one category on the given accounts (all accounts when none are given)
	 * between the two dates, both included, in {@code home} as {@link #expenses}; each
	 * part of a split transaction counts under its own category.
	 */
	@Transactional(readOnly = true)
	public Total expensesIn(UUID userId, Currency home, String category, Collection<UUID> accounts, LocalDate from,
			LocalDate to) {
		TransactionType expense = TransactionType.EXPENSE;
		BigDecimal inHome = accounts.isEmpty()
				? transactions.sumInCategory(userId, expense, home, category, from, to)
					.add(transactions.sumSplitsInCategory(userId, expense, home, category, from, to))
				: transactions.sumInCategoryOnAccounts(userId, expense, home, category, accounts, from, to)
					.add(transactions.sumSplitsInCategoryOnAccounts(userId, expense, home, category, accounts, from,
							to));
		return withForeign(userId, home, from, to, inHome,
				(row) -> category.equals(row.getCategory()) && onAccounts(row, accounts));
	}

	private static boolean onAccounts(ForeignSum row, Collection<UUID> accounts) {
		return accounts.isEmpty() || accounts.contains(row.getAccountId());
	}

	/** {@code inHome} and the expenses in other currencies that {@code counted} picks. */
	private Total withForeign(UUID userId, Currency home, LocalDate from, LocalDate to, BigDecimal inHome,
			Predicate<ForeignSum> counted) {
		Foreign foreign = foreign(userId, home, List.of(TransactionType.EXPENSE), from, to);
		InHomeCurrency converter = foreign.converter();
		BigDecimal sum = inHome;
		for (ForeignSum row : foreign.rows()) {
			if (counted.test(row)) {
				BigDecimal converted = converter.convert(row.getCurrency(), row.getDate(), row.getTotal(),
						row.getAccountId());
				sum = (converted != null) ? sum.add(converted) : sum;
			}
		}
		return new Total(converter.money(sum), converter.conversions(accountNames(userId)));
	}

	/**
	 * The income or expenses of a period in currencies other than {@code home}, summed
	 * per currency, day, category and account, with a book of the rates to convert them.
	 */
	private Foreign foreign(UUID userId, Currency home, Collection<TransactionType> types, LocalDate from,
			LocalDate to) {
		List<ForeignSum> rows = new ArrayList<>(transactions.foreignSums(userId, home, from, to));
		rows.addAll(transactions.foreignPartSums(userId, home, from, to));
		rows.removeIf((row) -> !types.contains(row.getType()));
		Set<Currency> currencies = new HashSet<>();
		rows.forEach((row) -> currencies.add(row.getCurrency()));
		return new Foreign(rows, rates.book(userId, home, currencies, from, to));
	}

	/** The names of the user's accounts, read only when asked for. */
	private Function<Set<UUID>, List<String>> accountNames(UUID userId) {
		return (ids) -> ids.isEmpty() ? List.of()
				: accounts.list(userId)
					.stream()
					.filter((account) -> ids.contains(account.id()))
					.map(AccountView::name)
					.sorted()
					.toList();
	}

	private record Foreign(List<ForeignSum> rows, RateBook book) {

		/** A converter of its own for each total, so that each says what it left out. */
		InHomeCurrency converter() {
			return new InHomeCurrency(book);
		}

	}

	/**
	 * Expenses per category in {@code home}, largest first; each part of a split
	 * transaction counts under its own category, other currencies converted at the rate
	 * of each day.
	 */
	private Spending expensesByCategory(UUID userId, Currency home, Foreign foreign, LocalDate from, LocalDate to) {
		Map<Optional<String>, BigDecimal> totals = new LinkedHashMap<>();
		Stream
			.concat(transactions.sumByCategory(userId, TransactionType.EXPENSE, home, from, to).stream(),
					transactions.sumSplitsByCategory(userId, TransactionType.EXPENSE, home, from, to).stream())
			.forEach((sum) -> totals.merge(Optional.ofNullable(sum.getCategory()), sum.getTotal(), BigDecimal::add));
		InHomeCurrency converter = foreign.converter();
		for (ForeignSum row : foreign.rows()) {
			if (row.getType() == TransactionType.EXPENSE) {
				BigDecimal converted = converter.convert(row.getCurrency(), row.getDate(), row.getTotal(),
						row.getAccountId());
				if (converted != null) {
					totals.merge(Optional.ofNullable(row.getCategory()), converted, BigDecimal::add);
				}
			}
		}
		return new Spending(totals.entrySet()
			.stream()
			.map((total) -> new CategoryTotal(total.getKey().orElse(null), converter.money(total.getValue())))
			.sorted(Comparator.comparing(CategoryTotal::total).reversed())
			.toList(), converter.conversions(accountNames(userId)));
	}

	/**
	 * This month's expenses (in the month as counted in {@code zone}) per category in
	 * {@code home}, largest first.
	 */
	@Transactional(readOnly = true)
	public Spending spendingThisMonth(UUID userId, Currency home, ZoneId zone) {
		YearMonth month = YearMonth.now(clock.withZone(zone));
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		return expensesByCategory(userId, home, foreign(userId, home, List.of(TransactionType.EXPENSE), from, to), from,
				to);
	}

	/**
	 * A month's income and expenses in {@code home} over all the user's accounts: totals,
	 * counts, per category, the top merchants, the largest expense and the expenses per
	 * day. Other currencies are converted at the rate of each day; what has no rate is
	 * left out of the sums and named. Transfers are neither income nor expense.
	 */
	@Transactional(readOnly = true)
	public MonthActivity month(UUID userId, Currency home, YearMonth month, int merchants) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		Foreign foreign = foreign(userId, home, List.of(TransactionType.INCOME, TransactionType.EXPENSE), from, to);
		InHomeCurrency converter = foreign.converter();
		Map<LocalDate, BigDecimal> daily = new TreeMap<>();
		transactions.sumByDay(userId, TransactionType.EXPENSE, home, from, to)
			.forEach(day -> daily.merge(day.getDate(), day.getTotal(), BigDecimal::add));
		BigDecimal income = transactions.sum(userId, TransactionType.INCOME, home, from, to);
		BigDecimal expenses = transactions.sum(userId, TransactionType.EXPENSE, home, from, to);
		for (ForeignSum row : foreign.rows()) {
			BigDecimal converted = converter.convert(row.getCurrency(), row.getDate(), row.getTotal(),
					row.getAccountId());
			if (converted == null) {
				continue;
			}
			if (row.getType() == TransactionType.INCOME) {
				income = income.add(converted);
			}
			else {
				expenses = expenses.add(converted);
				daily.merge(row.getDate(), converted, BigDecimal::add);
			}
		}
		Map<LocalDate, Money> dailyMoney = new TreeMap<>();
		daily.forEach((day, total) -> dailyMoney.put(day, converter.money(total)));
		Largest largest = largestExpense(userId, home, foreign, from, to);
		return new MonthActivity(month, converter.money(income), converter.money(expenses),
				count(userId, TransactionType.INCOME, home, from, to),
				count(userId, TransactionType.EXPENSE, home, from, to),
				expensesByCategory(userId, home, foreign, from, to).byCategory(),
				merchants(userId, home, foreign.book(), from, to, merchants),
				(largest != null) ? largest.transaction() : null, (largest != null) ? largest.inHome() : null,
				dailyMoney, converter.conversions(accountNames(userId)));
	}

	/** Transactions of one type in every currency. */
	private long count(UUID userId, TransactionType type, Currency home, LocalDate from, LocalDate to) {
		return transactions.countByUserIdAndTypeAndCurrencyAndDateBetween(userId, type, home, from, to)
				+ transactions.countByUserIdAndTypeAndCurrencyNotAndDateBetween(userId, type, home, from, to);
	}

	private record Largest(TransactionView transaction, Money inHome) {
	}

	/**
	 * The largest expense once converted: the largest in each currency, compared in
	 * {@code home}; one without a rate is not compared.
	 */
	private @Nullable Largest largestExpense(UUID userId, Currency home, Foreign foreign, LocalDate from,
			LocalDate to) {
		Set<Currency> currencies = new LinkedHashSet<>();
		currencies.add(home);
		foreign.rows()
			.stream()
			.filter((row) -> row.getType() == TransactionType.EXPENSE)
			.forEach((row) -> currencies.add(row.getCurrency()));
		InHomeCurrency converter = foreign.converter();
		Largest largest = null;
		for (Currency currency : currencies) {
			Optional<Transaction> top = transactions
				.findFirstByUserIdAndTypeAndCurrencyAndDateBetweenOrderByAmountDescDateAsc(userId,
						TransactionType.EXPENSE, currency, from, to);
			if (top.isEmpty()) {
				continue;
			}
			TransactionView view = top.get().view();
			BigDecimal converted = converter.convert(currency, view.date(), view.amount().amount());
			if (converted != null && (largest == null || converter.money(converted).compareTo(largest.inHome()) > 0)) {
				largest = new Largest(view, converter.money(converted));
			}
		}
		return largest;
	}

	/**
	 * The merchants spent at most in {@code home}, largest first; spellings that differ
	 * only in case are one merchant, named as it was written most often.
	 */
	private List<MerchantTotal> merchants(UUID userId, Currency home, RateBook book, LocalDate from, LocalDate to,
			int limit) {
		InHomeCurrency converter = new InHomeCurrency(book);
		Map<String, List<MerchantSum>> byName = new TreeMap<>();
		Stream
			.concat(transactions.sumByMerchant(userId, TransactionType.EXPENSE, home, from, to).stream(),
					transactions.foreignSumsByMerchant(userId, TransactionType.EXPENSE, home, from, to)
						.stream()
						.map((sum) -> converted(sum, converter)))
			.filter(Objects::nonNull)
			.forEach(sum -> byName
				.computeIfAbsent(sum.getMerchant().strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(sum));
		return byName.values()
			.stream()
			.map(spellings -> new MerchantTotal(spellings.stream()
				.max(Comparator.comparingLong(MerchantSum::getCount)
					.thenComparing(sum -> !sum.getMerchant().equals(sum.getMerchant().toUpperCase(Locale.ROOT))))
				.orElseThrow()
				.getMerchant(), spellings.stream().mapToLong(MerchantSum::getCount).sum(),
					converter
						.money(spellings.stream().map(MerchantSum::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add))))
			.sorted(Comparator.comparing(MerchantTotal::total)
				.reversed()
				.thenComparing(Comparator.comparingLong(MerchantTotal::count).reversed()))
			.limit(limit)
			.toList();
	}

	/** A merchant's sum in another currency, converted; null without a rate. */
	private static @Nullable MerchantSum converted(ForeignMerchantSum sum, InHomeCurrency converter) {
		BigDecimal total = converter.convert(sum.getCurrency(), sum.getDate(), sum.getTotal());
		if (total == null) {
			return null;
		}
		return new MerchantSum() {

			@Override
			public String getMerchant() {
				return sum.getMerchant();
			}

			@Override
			public long getCount() {
				return sum.getCount();
			}

			@Override
			public BigDecimal getTotal() {
				return total;
			}

		};
	}

	/**
	 * Income and expenses in {@code home} per tag over a period, the largest spending
	 * first; a transaction with two tags counts under both. Other currencies are
	 * converted at the rate of each day. Transfers are neither.
	 */
	@Transactional(readOnly = true)
	public Tagged byTag(UUID userId, Currency home, LocalDate from, LocalDate to) {
		List<ForeignTagSum> foreign = transactions.foreignSumsByTag(userId, home, from, to);
		Set<Currency> currencies = new HashSet<>();
		foreign.forEach((sum) -> currencies.add(sum.getCurrency()));
		InHomeCurrency converter = new InHomeCurrency(rates.book(userId, home, currencies, from, to));
		Map<String, BigDecimal[]> byTag = new TreeMap<>();
		Map<String, Long> counts = new TreeMap<>();
		transactions.sumByTag(userId, home, from, to)
			.forEach((sum) -> add(byTag, counts, sum.getTag(), sum.getType(), sum.getTotal(), sum.getCount()));
		for (ForeignTagSum sum : foreign) {
			BigDecimal total = converter.convert(sum.getCurrency(), sum.getDate(), sum.getTotal());
			add(byTag, counts, sum.getTag(), sum.getType(), (total != null) ? total : BigDecimal.ZERO, sum.getCount());
		}
		List<TagTotal> totals = byTag.entrySet()
			.stream()
			.map((entry) -> new TagTotal(entry.getKey(), converter.money(entry.getValue()[0]),
					converter.money(entry.getValue()[1]), counts.get(entry.getKey())))
			.sorted(Comparator.comparing(TagTotal::expenses).reversed().thenComparing(TagTotal::tag))
			.toList();
		return new Tagged(totals, converter.conversions(accountNames(userId)));
	}

	private static void add(Map<String, BigDecimal[]> byTag, Map<String, Long> counts, String tag, TransactionType type,
			BigDecimal total, long count) {
		BigDecimal[] sums = byTag.computeIfAbsent(tag, (key) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		int at = (type == TransactionType.INCOME) ? 0 : 1;
		sums[at] = sums[at].add(total);
		counts.merge(tag, count, Long::sum);
	}

	/** The totals per tag, and how they were made in the home currency. */
	public record Tagged(List<TagTotal> totals, Conversions conversions) {
	}

	/** A total in the home currency, and how it was made. */
	public record Total(Money amount, Conversions conversions) {
	}

	/** Spending per category in the home currency, and how it was made. */
	public record Spending(List<CategoryTotal> byCategory, Conversions conversions) {
	}

	/** A tag's income and expenses over a period, and how many transactions made them. */
	public record TagTotal(String tag, Money income, Money expenses, long count) {

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
			@Nullable Money largestExpenseInHome, Map<LocalDate, Money> dailyExpenses, Conversions conversions) {

		/** A month of one currency alone. */
		public MonthActivity(YearMonth month, Money income, Money expenses, long incomeCount, long expenseCount,
				List<CategoryTotal> byCategory, List<MerchantTotal> merchants, @Nullable TransactionView largestExpense,
				Map<LocalDate, Money> dailyExpenses) {
			this(month, income, expenses, incomeCount, expenseCount, byCategory, merchants, largestExpense,
					(largestExpense != null) ? largestExpense.amount() : null, dailyExpenses,
					Conversions.none(income.currency()));
		}

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
