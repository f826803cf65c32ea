package io.expensync.transactions;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;
import io.expensync.web.RefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciling an account with a bank statement: the user gives the statement's date and
 * closing balance, ticks off the transactions the statement shows among those not yet
 * reconciled, and when they come exactly to the closing balance (from the balance the
 * reconciled ones make with the opening balance) they are all marked reconciled at once.
 * When they cannot come to it, an adjustment transaction, named as such, makes up the
 * difference if the user asks for one. A transfer is reconciled on each of its two
 * accounts by itself.
 */
@Service
public class Reconciliations {

	/** The most unreconciled transactions one statement lists. */
	public static final int MAX_OPEN = 2000;

	static final String ADJUSTMENT = "Reconciliation adjustment";

	/**
	 * A transaction not yet reconciled on the account: what it does to the account's
	 * balance, and whether the bank has booked it.
	 */
	public record Open(TransactionView transaction, Money signed, TransactionStatus status) {

		public boolean cleared() {
			return status == TransactionStatus.CLEARED;
		}

		/**
		 * The signed amount in the currency's smallest unit (cents), for the page's sums.
		 */
		public long minor() {
			return Reconciliations.minor(signed);
		}

	}

	/**
	 * Where an account stands against a statement: the balance its reconciled
	 * transactions make, and those not yet reconciled up to the statement's date, oldest
	 * first ({@code more} when there were more than {@value #MAX_OPEN}).
	 */
	public record Statement(AccountView account, LocalDate statementDate, Money reconciledBalance, List<Open> open,
			boolean more, @Nullable Past last) {

		/** The reconciled balance in the currency's smallest unit. */
		public long reconciledMinor() {
			return minor(reconciledBalance);
		}

	}

	/** An amount in its currency's smallest unit (cents); what the page adds up. */
	public static long minor(Money money) {
		return money.amount().movePointRight(Money.fractionDigits(money.currency())).longValueExact();
	}

	/** An earlier reconciliation of the account. */
	public record Past(LocalDate statementDate, Money closingBalance, int transactions, @Nullable Money adjustment,
			Instant at) {
	}

	/** What a reconciliation did. */
	public record Done(int reconciled, Money closingBalance, @Nullable TransactionView adjustment) {
	}

	private final TransactionRepository transactions;

	private final TransactionService service;

	private final AccountService accounts;

	private final Ledger ledger;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reconciliations(TransactionRepository transactions, TransactionService service, AccountService accounts,
			Ledger ledger, EntityManager entityManager, JdbcTemplate jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.transactions = transactions;
		this.service = service;
		this.accounts = accounts;
		this.ledger = ledger;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The account against a statement of {@code statementDate}. */
	@Transactional(readOnly = true)
	public Statement statement(UUID userId, UUID accountId, LocalDate statementDate) {
		AccountView account = accounts.get(userId, accountId);
		List<Transaction> rows = unreconciled(userId, accountId, statementDate, MAX_OPEN + 1);
		List<Open> open = rows.stream()
			.limit(MAX_OPEN)
			.map((row) -> new Open(row.view(), row.view().signedFor(accountId), row.statusOn(accountId)))
			.toList();
		return new Statement(account, statementDate, reconciledBalance(userId, account), open, rows.size() > MAX_OPEN,
				last(userId, accountId));
	}

	/**
	 * Marks the ticked transactions reconciled when, with those reconciled before, they
	 * come to the closing balance; with {@code adjust}, first books the difference as an
	 * adjustment (income or expense) dated on the statement.
	 * @throws InvalidInputException naming the closing balance when they do not come to
	 * it and no adjustment was asked for, or a ticked transaction that is dated after the
	 * statement
	 * @throws RefusedException when a ticked transaction is reconciled already
	 * @throws TransactionNotFoundException for a ticked id that is not one of the
	 * account's transactions
	 */
	@Transactional
	public Done reconcile(UUID userId, UUID accountId, @Nullable LocalDate statementDate,
			@Nullable BigDecimal closingBalance, Collection<UUID> ticked, boolean adjust) {
		AccountView account = accounts.get(userId, accountId);
		List<Problem> problems = new ArrayList<>();
		if (statementDate == null) {
			problems.add(new Problem("statementDate", "Enter the statement's date"));
		}
		if (closingBalance == null) {
			problems.add(new Problem("closingBalance", "Enter the statement's closing balance"));
		}
		if (statementDate == null || closingBalance == null) {
			throw new InvalidInputException(problems);
		}
		Money closing;
		try {
			closing = Money.of(closingBalance, account.currency());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(List.of(new Problem("closingBalance", String.valueOf(ex.getMessage()))));
		}
		// nobody changes the account's transactions while they are ticked off
		ledger.lockAccounts(userId);
		List<Transaction> rows = lockTicked(userId, accountId, ticked);
		Money balance = reconciledBalance(userId, account);
		for (Transaction row : rows) {
			if (row.statusOn(accountId) == TransactionStatus.RECONCILED) {
				// reconciled meanwhile, or twice: the state has moved on, not the input
				throw new RefusedException("\"%s\" is reconciled already".formatted(row.view().title()));
			}
			if (row.date().isAfter(statementDate)) {
				problems.add(new Problem("ids",
						"\"%s\" is dated after the statement (%s)".formatted(row.view().title(), row.date())));
			}
			balance = balance.plus(row.view().signedFor(accountId));
		}
		Money difference = closing.minus(balance);
		if (difference.amount().signum() != 0 && !adjust) {
			problems.add(new Problem("closingBalance",
					"The ticked transactions bring the balance to %s, not %s: a difference of %s. Tick the ones the statement shows, or add an adjustment"
						.formatted(balance.toPlainString(), closing.toPlainString(), difference.toPlainString())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TransactionView adjustment = null;
		if (difference.amount().signum() != 0) {
			adjustment = service.record(userId, adjustment(accountId, statementDate, difference));
			rows = new ArrayList<>(rows);
			rows.add(transactions.findByIdAndUserId(adjustment.id(), userId).orElseThrow());
		}
		rows.forEach((row) -> row.reconcileOn(accountId));
		transactions.flush();
		jdbc.update("""
				insert into reconciliations (id, user_id, account_id, statement_date, closing_balance, currency,
				transactions, adjustment, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), userId,
				accountId, Date.valueOf(statementDate), closing.amount(), closing.currency().getCurrencyCode(),
				rows.size(), (adjustment != null) ? difference.amount() : null, Timestamp.from(clock.instant()));
		events.publishEvent(new AccountReconciled(userId, accountId, statementDate, closing, rows.size(),
				(adjustment != null) ? difference : null));
		return new Done(rows.size(), closing, (adjustment != null) ? service.get(userId, adjustment.id()) : null);
	}

	/** The user's reconciliations, newest first, for the export of their data. */
	@Transactional(readOnly = true)
	public List<PastOf> history(UUID userId) {
		return jdbc.query("""
				select account_id, statement_date, closing_balance, currency, transactions, adjustment, created_at
				from reconciliations where user_id = ? order by created_at desc""", (rs, row) -> {
			String currency = rs.getString(4);
			BigDecimal adjustment = rs.getBigDecimal(6);
			return new PastOf(rs.getObject(1, UUID.class),
					new Past(rs.getDate(2).toLocalDate(), Money.of(rs.getBigDecimal(3), currency), rs.getInt(5),
							(adjustment != null) ? Money.of(adjustment, currency) : null,
							rs.getTimestamp(7).toInstant()));
		}, userId);
	}

	/** An earlier reconciliation and the account it was of. */
	public record PastOf(UUID accountId, Past reconciliation) {
	}

	private @Nullable Past last(UUID userId, UUID accountId) {
		return history(userId).stream()
			.filter((past) -> past.accountId().equals(accountId))
			.map(PastOf::reconciliation)
			.findFirst()
			.orElse(null);
	}

	private static TransactionDraft adjustment(UUID accountId, LocalDate date, Money difference) {
		boolean in = difference.amount().signum() > 0;
		return new TransactionDraft(in ? TransactionType.INCOME : TransactionType.EXPENSE, difference.amount().abs(),
				difference.currency().getCurrencyCode(), date, ADJUSTMENT, in ? "other-income" : "other-expense", null,
				"Booked to make the reconciled transactions come to the statement's closing balance", accountId, null,
				List.of(), TransactionStatus.CLEARED, null);
	}

	/** The opening balance and every transaction reconciled on the account. */
	private Money reconciledBalance(UUID userId, AccountView account) {
		BigDecimal reconciled = transactions.sumReconciled(userId, account.id());
		return account.openingBalance().plus(Money.of(reconciled, account.currency()));
	}

	private List<Transaction> unreconciled(UUID userId, UUID accountId, LocalDate upTo, int limit) {
		return entityManager.createQuery("""
				select t from Transaction t
				where t.userId = :userId and t.date <= :upTo
				and ((t.accountId = :accountId and t.status <> :reconciled)
				  or (t.toAccountId = :accountId and t.toStatus <> :reconciled))
				order by t.date, t.createdAt, t.id""", Transaction.class)
			.setParameter("userId", userId)
			.setParameter("upTo", upTo)
			.setParameter("accountId", accountId)
			.setParameter("reconciled", TransactionStatus.RECONCILED)
			.setMaxResults(limit)
			.getResultList();
	}

	private List<Transaction> lockTicked(UUID userId, UUID accountId, Collection<UUID> ticked) {
		Set<UUID> wanted = new LinkedHashSet<>(ticked);
		if (wanted.isEmpty()) {
			return List.of();
		}
		List<Transaction> rows = entityManager.createQuery("""
				select t from Transaction t
				where t.userId = :userId and t.id in :ids and (t.accountId = :accountId or t.toAccountId = :accountId)
				""", Transaction.class)
			.setParameter("userId", userId)
			.setParameter("ids", wanted)
			.setParameter("accountId", accountId)
			.setLockMode(LockModeType.PESSIMISTIC_WRITE)
			.getResultList();
		if (rows.size() != wanted.size()) {
			rows.forEach((row) -> wanted.remove(row.id()));
			throw new TransactionNotFoundException(wanted.iterator().next());
		}
		return rows;
	}

}
