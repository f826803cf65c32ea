package io.expensync.transactions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import io.expensync.accounts.AccountService;
import io.expensync.transactions.Transaction.Posting;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books many transactions on one account at once, the rows of a bank statement, inside
 * the caller's database transaction: the rows written in one pass (PostgreSQL's
 * {@code COPY}, batched inserts on other databases), the balance moved once by their sum,
 * and one event for all of them.
 */
@Service
public class BulkBooking {

	private static final String COLUMNS = "id, user_id, account_id, type, amount, currency, booked_on, description,"
			+ " category_key, merchant, created_at, updated_at, version, import_id, bank_id, to_account_id, status,"
			+ " to_status";

	private static final int BATCH = 1000;

	/** Bytes sent to the server at a time while copying. */
	private static final int COPY_BUFFER = 64 * 1024;

	private final AccountService accounts;

	private final Ledger ledger;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BulkBooking(AccountService accounts, Ledger ledger, JdbcTemplate jdbc, DataSource dataSource,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One row to book.
	 *
	 * @param date the booking date
	 * @param amount signed: negative is an expense, positive an income; never zero
	 * @param description at most 255 characters
	 * @param merchant at most 120 characters
	 * @param category the key of one of the user's categories, of the row's type; null
	 * for a transfer
	 * @param bankId the bank's own id for the row, at most 120 characters
	 * @param transferAccountId for a transfer, the user's other account, in the same
	 * currency: the money goes to it (a negative amount) or comes from it
	 */
	public record Row(LocalDate date, BigDecimal amount, String description, @Nullable String merchant,
			@Nullable String category, @Nullable String bankId, @Nullable UUID transferAccountId) {

		public Row {
			if (amount.signum() == 0) {
				throw new IllegalArgumentException("a booked row moves money");
			}
			if ((category == null) == (transferAccountId == null)) {
				throw new IllegalArgumentException("a row is filed under a category or is a transfer");
			}
		}

		/** An income (a positive amount) or an expense. */
		public Row(LocalDate date, BigDecimal amount, String description, @Nullable String merchant, String category,
				@Nullable String bankId) {
			this(date, amount, description, merchant, category, bankId, null);
		}

		TransactionType type() {
			if (transferAccountId != null) {
				return TransactionType.TRANSFER;
			}
			return (amount.signum() < 0) ? TransactionType.EXPENSE : TransactionType.INCOME;
		}

		/** The account the money leaves (or, for an income, the account). */
		UUID from(UUID accountId) {
			return (transferAccountId != null && amount.signum() > 0) ? transferAccountId : accountId;
		}

		/** For a transfer, the account the money goes to. */
		@Nullable UUID to(UUID accountId) {
			if (transferAccountId == null) {
				return null;
			}
			return (amount.signum() < 0) ? transferAccountId : accountId;
		}

	}

	/**
	 * A transaction already on the account, as a statement row would show it.
	 *
	 * @param amount signed: negative for money out of the account
	 */
	public record Booked(UUID id, LocalDate date, BigDecimal amount, @Nullable String description,
			@Nullable String merchant, @Nullable String bankId) {
	}

	/**
	 * Books the rows on the account, marked as the import's.
	 * @return how many rows were booked
	 * @throws io.expensync.accounts.AccountNotFoundException when the account is not the
	 * user's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int book(UUID userId, UUID accountId, UUID importId, List<Row> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		String currency = accounts.get(userId, accountId).currency().getCurrencyCode();
		Map<UUID, Posting> postings = new TreeMap<>();
		BigDecimal sum = BigDecimal.ZERO;
		int filed = 0;
		for (Row row : rows) {
			if (row.transferAccountId() == null) {
				sum = sum.add(row.amount());
				filed++;
			}
			else {
				Transaction
					.postings(TransactionType.TRANSFER, row.amount().abs(), row.amount().abs(), row.from(accountId),
							row.to(accountId))
					.forEach((account, posting) -> postings.merge(account, posting, Posting::plus));
			}
		}
		if (filed > 0) {
			postings.merge(accountId, new Posting(sum, filed, 0), Posting::plus);
		}
		for (UUID other : postings.keySet()) {
			if (!other.equals(accountId)
					&& !accounts.get(userId, other).currency().getCurrencyCode().equals(currency)) {
				throw new IllegalArgumentException("a transfer between accounts of two currencies");
			}
		}
		// the balances first, as every change does: they lock the accounts before the
		// rows refer to them
		ledger.post(userId, postings);
		Instant now = clock.instant();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), userId, accountId, importId, currency, now, rows);
			}
			else {
				insert(userId, accountId, importId, currency, now, rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not book the statement's rows", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		LocalDate earliest = rows.stream().map(Row::date).min(Comparator.naturalOrder()).orElseThrow();
		LocalDate latest = rows.stream().map(Row::date).max(Comparator.naturalOrder()).orElseThrow();
		events.publishEvent(new TransactionsAdded(userId, accountId, rows.size(), earliest, latest));
		return rows.size();
	}

	/**
	 * Removes what the import booked and moves the balance back. Rows the user has since
	 * made a transfer of are removed too, with their other side.
	 * @return how many rows were removed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int unbook(UUID userId, UUID importId) {
		// one query: the import's rows summed by the accounts and kind they move
		Map<UUID, Posting> postings = new HashMap<>();
		List<LocalDate> dates = new ArrayList<>();
		jdbc.query("""
				select account_id, to_account_id, type, sum(amount), count(*), min(booked_on), max(booked_on),
				       sum(coalesce(to_amount, amount))
				from transactions where user_id = ? and import_id = ?
				group by account_id, to_account_id, type""", (rs) -> {
			UUID account = rs.getObject(1, UUID.class);
			UUID to = rs.getObject(2, UUID.class);
			TransactionType type = TransactionType.valueOf(rs.getString(3));
			int count = rs.getInt(5);
			Transaction.postings(type, rs.getBigDecimal(4), rs.getBigDecimal(8), account, to)
				.forEach((moved, posting) -> postings.merge(moved,
						new Posting(posting.amount(), posting.booked() * count, posting.received() * count),
						Posting::plus));
			dates.add(toDate(rs.getObject(6)));
			dates.add(toDate(rs.getObject(7)));
		}, userId, importId);
		if (dates.isEmpty()) {
			return 0;
		}
		ledger.reverse(userId, postings);
		int removed = jdbc.update("delete from transactions where user_id = ? and import_id = ?", userId, importId);
		events.publishEvent(new TransactionsRemoved(userId, removed, Collections.min(dates), Collections.max(dates)));
		return removed;
	}

	/**
	 * The account's transactions dated from {@code from} to {@code to}, both included.
	 */
	@Transactional(readOnly = true)
	public List<Booked> bookedBetween(UUID userId, UUID accountId, LocalDate from, LocalDate to) {
		return jdbc.query("""
				select id, booked_on, type, amount, account_id, description, merchant, bank_id, to_amount
				from transactions
				where user_id = ? and (account_id = ? or to_account_id = ?) and booked_on between ? and ?""",
				(rs, row) -> {
					TransactionType type = TransactionType.valueOf(rs.getString(3));
					boolean out = type == TransactionType.EXPENSE
							|| (type == TransactionType.TRANSFER && accountId.equals(rs.getObject(5, UUID.class)));
					// the receiving side of a transfer between currencies gets its own
					// amount
					BigDecimal received = (type == TransactionType.TRANSFER && !out) ? rs.getBigDecimal(9) : null;
					BigDecimal amount = (received != null) ? received : rs.getBigDecimal(4);
					return new Booked(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
							out ? amount.negate() : amount, rs.getString(6), rs.getString(7), rs.getString(8));
				}, userId, accountId, accountId, Date.valueOf(from), Date.valueOf(to));
	}

	/**
	 * Streams the rows to the server as they are written out, so that the server stores
	 * the first ones while the last are still being formatted.
	 */
	private void copy(PGConnection connection, UUID userId, UUID accountId, UUID importId, String currency, Instant now,
			List<Row> rows) throws SQLException {
		// the same for every row
		String user = "," + userId + ",";
		String stamp = now.toString();
		String tail = "," + stamp + "," + stamp + ",0," + importId + ",";
		PGCopyOutputStream copy = new PGCopyOutputStream(connection,
				"copy transactions (" + COLUMNS + ") from stdin (format csv)", COPY_BUFFER);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), COPY_BUFFER)) {
			StringBuilder line = new StringBuilder(256);
			for (Row row : rows) {
				line.setLength(0);
				line.append(UUID.randomUUID())
					.append(user)
					.append(row.from(accountId))
					.append(',')
					.append(row.type().name())
					.append(',')
					.append(row.amount().abs().toPlainString())
					.append(',')
					.append(currency)
					.append(',')
					.append(row.date());
				quoted(line.append(','), row.description());
				quoted(line.append(','), row.category());
				quoted(line.append(','), row.merchant());
				line.append(tail);
				quoted(line, row.bankId());
				UUID to = row.to(accountId);
				line.append(',');
				if (to != null) {
					line.append(to);
				}
				// from the bank: cleared, on both sides of a transfer
				line.append(",CLEARED,");
				if (to != null) {
					line.append("CLEARED");
				}
				out.append(line).append('\n');
			}
		}
		catch (IOException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			throw new UncheckedIOException(ex);
		}
	}

	/** A CSV field for COPY: quoted, quotes doubled; nothing at all for null. */
	private static void quoted(StringBuilder line, @Nullable String text) {
		if (text == null) {
			return;
		}
		line.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				line.append('"');
			}
			line.append(c);
		}
		line.append('"');
	}

	private void insert(UUID userId, UUID accountId, UUID importId, String currency, Instant now, List<Row> rows) {
		Timestamp stamp = Timestamp.from(now);
		String sql = "insert into transactions (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'CLEARED', ?)";
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object[]> batch = new ArrayList<>();
			for (Row row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
				batch.add(new Object[] { UUID.randomUUID(), userId, row.from(accountId), row.type().name(),
						row.amount().abs(), currency, Date.valueOf(row.date()), row.description(), row.category(),
						row.merchant(), stamp, stamp, importId, row.bankId(), row.to(accountId),
						(row.to(accountId) != null) ? "CLEARED" : null });
			}
			jdbc.batchUpdate(sql, batch);
		}
	}

	private static LocalDate toDate(Object value) {
		return (value instanceof Date date) ? date.toLocalDate() : LocalDate.parse(value.toString());
	}

}
