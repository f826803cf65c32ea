package io.expensync.rates;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.web.DatabaseKind;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code hand_rates} table: every read and write names the user. A stored rate says
 * that on its day 1 base was worth rate quote.
 */
@Component
class HandRates {

	private final JdbcTemplate jdbc;

	/** The statement that stores a rate, in this database's words; found at first use. */
	private volatile @Nullable String upsert;

	HandRates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The user's rate base→quote of the latest day on or before {@code day}. */
	Optional<Map.Entry<LocalDate, BigDecimal>> onOrBefore(UUID userId, Currency base, Currency quote, LocalDate day) {
		return jdbc
			.query("""
					select rate_date, rate from hand_rates
					where user_id = ? and base = ? and quote = ? and rate_date <= ?
					order by rate_date desc fetch first 1 rows only""", (rs, row) -> entry(rs), userId, code(base),
					code(quote), Date.valueOf(day))
			.stream()
			.findFirst();
	}

	/** The user's rates base→quote of the days from {@code first} to {@code last}. */
	NavigableMap<LocalDate, BigDecimal> between(UUID userId, Currency base, Currency quote, LocalDate first,
			LocalDate last) {
		NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
		jdbc.query("""
				select rate_date, rate from hand_rates
				where user_id = ? and base = ? and quote = ? and rate_date between ? and ?""", (rs) -> {
			rates.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
		}, userId, code(base), code(quote), Date.valueOf(first), Date.valueOf(last));
		return rates;
	}

	/** Every rate of the user, the latest day first. */
	List<Rate> all(UUID userId) {
		return jdbc.query("""
				select base, quote, rate_date, rate from hand_rates where user_id = ?
				order by rate_date desc, base, quote""",
				(rs, row) -> new Rate(Currency.getInstance(rs.getString(1)), Currency.getInstance(rs.getString(2)),
						rs.getBigDecimal(4), rs.getObject(3, LocalDate.class), Rate.Source.HAND),
				userId);
	}

	/**
	 * Stores the rate, replacing the user's rate of the same pair and day, in one
	 * statement, so that the same pair and day typed at the same moment elsewhere (two
	 * tabs, a script) replaces it too instead of failing on the key.
	 */
	void put(UUID userId, Currency base, Currency quote, LocalDate day, BigDecimal rate, Instant now) {
		jdbc.update(upsert(), userId, code(base), code(quote), Date.valueOf(day), rate, Timestamp.from(now));
	}

	private String upsert() {
		String upsert = this.upsert;
		if (upsert == null) {
			DatabaseDriver database = DatabaseKind.of(Objects.requireNonNull(jdbc.getDataSource()));
			// PostgreSQL's MERGE can still fail on the key when two insert at once; its
			// ON CONFLICT cannot. H2's MERGE … KEY is its upsert.
			upsert = (database == DatabaseDriver.POSTGRESQL) ? """
					insert into hand_rates (user_id, base, quote, rate_date, rate, created_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (user_id, base, quote, rate_date)
					do update set rate = excluded.rate, created_at = excluded.created_at""" : """
					merge into hand_rates (user_id, base, quote, rate_date, rate, created_at)
					key (user_id, base, quote, rate_date) values (?, ?, ?, ?, ?, ?)""";
			this.upsert = upsert;
		}
		return upsert;
	}

	/** Removes the user's rate; answers whether there was one. */
	boolean remove(UUID userId, Currency base, Currency quote, LocalDate day) {
		return jdbc.update("delete from hand_rates where user_id = ? and base = ? and quote = ? and rate_date = ?",
				userId, code(base), code(quote), Date.valueOf(day)) > 0;
	}

	private static Map.Entry<LocalDate, BigDecimal> entry(ResultSet rs) throws SQLException {
		return Map.entry(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
	}

	private static String code(Currency currency) {
		return currency.getCurrencyCode();
	}

}
