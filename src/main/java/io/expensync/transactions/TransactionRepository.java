package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TransactionRepository extends JpaRepository<Transaction, UUID>, JpaSpecificationExecutor<Transaction> {

	Optional<Transaction> findByIdAndUserId(UUID id, UUID userId);

	List<Transaction> findByUserIdAndIdIn(UUID userId, Collection<UUID> ids);

	@Query("select t from Transaction t where t.userId = :userId and (t.accountId = :accountId or t.toAccountId = :accountId)")
	List<Transaction> findTouching(UUID userId, UUID accountId);

	interface CategorySum {

		@Nullable String getCategory();

		BigDecimal getTotal();

	}

	interface DaySum {

		LocalDate getDate();

		TransactionType getType();

		BigDecimal getTotal();

	}

	@Query("""
			select coalesce(sum(t.amount), 0) from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.date between :from and :to""")
	BigDecimal sum(UUID userId, TransactionType type, Currency currency, LocalDate from, LocalDate to);

	@Query("""
			select coalesce(sum(t.amount), 0) from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.accountId in :accounts
			and t.date between :from and :to""")
	BigDecimal sumOnAccounts(UUID userId, TransactionType type, Currency currency, Collection<UUID> accounts,
			LocalDate from, LocalDate to);

	@Query("""
			select coalesce(sum(t.amount), 0) from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.category = :category
			and t.accountId in :accounts and t.date between :from and :to""")
	BigDecimal sumInCategoryOnAccounts(UUID userId, TransactionType type, Currency currency, String category,
			Collection<UUID> accounts, LocalDate from, LocalDate to);

	@Query("""
			select coalesce(sum(t.amount), 0) from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.category = :category
			and t.date between :from and :to""")
	BigDecimal sumInCategory(UUID userId, TransactionType type, Currency currency, String category, LocalDate from,
			LocalDate to);

	@Query("""
			select t.category as category, sum(t.amount) as total from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.date between :from and :to
			and t.splits is empty
			group by t.category order by sum(t.amount) desc""")
	List<CategorySum> sumByCategory(UUID userId, TransactionType type, Currency currency, LocalDate from, LocalDate to);

	/** The parts of split transactions, summed per category. */
	@Query("""
			select s.category as category, sum(s.amount) as total from Transaction t join t.splits s
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.date between :from and :to
			group by s.category""")
	List<CategorySum> sumSplitsByCategory(UUID userId, TransactionType type, Currency currency, LocalDate from,
			LocalDate to);

	@Query("""
			select coalesce(sum(s.amount), 0) from Transaction t join t.splits s
			where t.userId = :userId and t.type = :type and t.currency = :currency and s.category = :category
			and t.date between :from and :to""")
	BigDecimal sumSplitsInCategory(UUID userId, TransactionType type, Currency currency, String category,
			LocalDate from, LocalDate to);

	@Query("""
			select coalesce(sum(s.amount), 0) from Transaction t join t.splits s
			where t.userId = :userId and t.type = :type and t.currency = :currency and s.category = :category
			and t.accountId in :accounts and t.date between :from and :to""")
	BigDecimal sumSplitsInCategoryOnAccounts(UUID userId, TransactionType type, Currency currency, String category,
			Collection<UUID> accounts, LocalDate from, LocalDate to);

	/**
	 * What the transactions reconciled on the account add to its balance: income in,
	 * expenses out, a transfer out of it or into it.
	 */
	@Query("""
			select coalesce(sum(case when t.type = io.expensync.transactions.TransactionType.INCOME then t.amount
			when t.type = io.expensync.transactions.TransactionType.EXPENSE then -t.amount
			when t.accountId = :accountId then -t.amount else coalesce(t.toAmount, t.amount) end), 0)
			from Transaction t where t.userId = :userId
			and ((t.accountId = :accountId and t.status = io.expensync.transactions.TransactionStatus.RECONCILED)
			  or (t.toAccountId = :accountId and t.toStatus = io.expensync.transactions.TransactionStatus.RECONCILED))""")
	BigDecimal sumReconciled(UUID userId, UUID accountId);

	/**
	 * Income and expenses not in {@code home}, summed per currency, day, category and
	 * account for converting; a split transaction's parts are {@link #foreignPartSums}.
	 * Both kinds always: a list of kinds as a parameter would make Hibernate translate
	 * the query again at every call (it keeps no translation of a query with a list
	 * parameter), and so would each of these queries that once took one.
	 */
	@Query("""
			select t.currency as currency, t.date as date, t.type as type, t.category as category,
			t.accountId as accountId, sum(t.amount) as total from Transaction t
			where t.userId = :userId and t.currency <> :home and t.type <> io.expensync.transactions.TransactionType.TRANSFER
			and t.date between :from and :to and t.splits is empty
			group by t.currency, t.date, t.type, t.category, t.accountId""")
	List<ForeignSum> foreignSums(UUID userId, Currency home, LocalDate from, LocalDate to);

	/** The parts of split transactions not in {@code home}, as {@link #foreignSums}. */
	@Query("""
			select t.currency as currency, t.date as date, t.type as type, s.category as category,
			t.accountId as accountId, sum(s.amount) as total from Transaction t join t.splits s
			where t.userId = :userId and t.currency <> :home and t.type <> io.expensync.transactions.TransactionType.TRANSFER
			and t.date between :from and :to
			group by t.currency, t.date, t.type, s.category, t.accountId""")
	List<ForeignSum> foreignPartSums(UUID userId, Currency home, LocalDate from, LocalDate to);

	interface ForeignSum {

		Currency getCurrency();

		LocalDate getDate();

		TransactionType getType();

		@Nullable String getCategory();

		UUID getAccountId();

		BigDecimal getTotal();

	}

	/** Expenses not in {@code home} per currency, day and merchant. */
	@Query("""
			select t.currency as currency, t.date as date, coalesce(t.merchant, t.description) as merchant,
			count(t) as count, sum(t.amount) as total from Transaction t
			where t.userId = :userId and t.type = :type and t.currency <> :home and t.date between :from and :to
			and coalesce(t.merchant, t.description) is not null
			group by t.currency, t.date, coalesce(t.merchant, t.description)""")
	List<ForeignMerchantSum> foreignSumsByMerchant(UUID userId, TransactionType type, Currency home, LocalDate from,
			LocalDate to);

	interface ForeignMerchantSum extends MerchantSum {

		Currency getCurrency();

		LocalDate getDate();

	}

	/** Income and expenses not in {@code home} per currency, day and tag. */
	@Query("""
			select t.currency as currency, t.date as date, g as tag, t.type as type, sum(t.amount) as total,
			count(t) as count from Transaction t join t.tags g
			where t.userId = :userId and t.type <> io.expensync.transactions.TransactionType.TRANSFER and t.currency <> :home
			and t.date between :from and :to
			group by t.currency, t.date, g, t.type""")
	List<ForeignTagSum> foreignSumsByTag(UUID userId, Currency home, LocalDate from, LocalDate to);

	interface ForeignTagSum extends TagSum {

		Currency getCurrency();

		LocalDate getDate();

	}

	long countByUserIdAndTypeAndCurrencyNotAndDateBetween(UUID userId, TransactionType type, Currency home,
			LocalDate from, LocalDate to);

	/** Income and expense per tag; transfers are neither. */
	@Query("""
			select g as tag, t.type as type, sum(t.amount) as total, count(t) as count
			from Transaction t join t.tags g
			where t.userId = :userId and t.type <> io.expensync.transactions.TransactionType.TRANSFER and t.currency = :currency
			and t.date between :from and :to
			group by g, t.type""")
	List<TagSum> sumByTag(UUID userId, Currency currency, LocalDate from, LocalDate to);

	interface TagSum {

		String getTag();

		TransactionType getType();

		BigDecimal getTotal();

		long getCount();

	}

	/** Income and expense per day of one account; transfers are neither. */
	@Query("""
			select t.date as date, t.type as type, sum(t.amount) as total from Transaction t
			where t.userId = :userId and t.accountId = :accountId and t.type <> io.expensync.transactions.TransactionType.TRANSFER
			and t.date between :from and :to
			group by t.date, t.type""")
	List<DaySum> sumByDay(UUID userId, UUID accountId, LocalDate from, LocalDate to);

	interface MerchantSum {

		String getMerchant();

		long getCount();

		BigDecimal getTotal();

	}

	/** Expenses per merchant, the description where no merchant was given. */
	@Query("""
			select coalesce(t.merchant, t.description) as merchant, count(t) as count, sum(t.amount) as total
			from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.date between :from and :to
			and coalesce(t.merchant, t.description) is not null
			group by coalesce(t.merchant, t.description)""")
	List<MerchantSum> sumByMerchant(UUID userId, TransactionType type, Currency currency, LocalDate from, LocalDate to);

	interface MerchantCategory {

		String getMerchant();

		String getCategory();

		long getCount();

		LocalDate getLatest();

	}

	/**
	 * How often each merchant (the description where no merchant was given) was put in
	 * each category, for one type of transaction.
	 */
	@Query("""
			select coalesce(t.merchant, t.description) as merchant, t.category as category, count(t) as count,
			max(t.date) as latest
			from Transaction t
			where t.userId = :userId and t.type = :type and t.category is not null
			and coalesce(t.merchant, t.description) is not null
			group by coalesce(t.merchant, t.description), t.category""")
	List<MerchantCategory> categoriesByMerchant(UUID userId, TransactionType type);

	/**
	 * The parts of the user's split transactions of one type, with their merchant (the
	 * description where no merchant was given), for learning which category a merchant's
	 * split transactions are mostly for.
	 */
	@Query("""
			select t.id as id, coalesce(t.merchant, t.description) as merchant, s.category as category,
			s.amount as amount, t.date as date from Transaction t join t.splits s
			where t.userId = :userId and t.type = :type and coalesce(t.merchant, t.description) is not null""")
	List<MerchantPart> partsByMerchant(UUID userId, TransactionType type);

	interface MerchantPart {

		UUID getId();

		String getMerchant();

		String getCategory();

		BigDecimal getAmount();

		LocalDate getDate();

	}

	/** One type's total per day over all the user's accounts. */
	@Query("""
			select t.date as date, t.type as type, sum(t.amount) as total from Transaction t
			where t.userId = :userId and t.type = :type and t.currency = :currency and t.date between :from and :to
			group by t.date, t.type""")
	List<DaySum> sumByDay(UUID userId, TransactionType type, Currency currency, LocalDate from, LocalDate to);

	long countByUserIdAndTypeAndCurrencyAndDateBetween(UUID userId, TransactionType type, Currency currency,
			LocalDate from, LocalDate to);

	Optional<Transaction> findFirstByUserIdAndTypeAndCurrencyAndDateBetweenOrderByAmountDescDateAsc(UUID userId,
			TransactionType type, Currency currency, LocalDate from, LocalDate to);

	@Query("select min(t.date) from Transaction t where t.userId = :userId and (t.accountId = :accountId or t.toAccountId = :accountId)")
	Optional<LocalDate> firstDate(UUID userId, UUID accountId);

	/** Every transaction of the user, in one statement. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Transaction t where t.userId = :userId")
	int deleteAllOfUser(UUID userId);

	/**
	 * A page of the user's transactions, oldest first, after the given one in the order
	 * (date, created, id); the index on those columns serves it without sorting.
	 */
	@Query("""
			select t from Transaction t where t.userId = :userId
			and (t.date > :date or (t.date = :date and (t.createdAt > :createdAt
			or (t.createdAt = :createdAt and t.id > :id))))
			order by t.date, t.createdAt, t.id""")
	List<Transaction> findAfter(UUID userId, LocalDate date, Instant createdAt, UUID id, Limit limit);

	List<Transaction> findByUserIdOrderByDateAscCreatedAtAscIdAsc(UUID userId, Limit limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Transaction t where t.userId = :userId and t.id in :ids")
	int deleteByIds(UUID userId, Collection<UUID> ids);

}
