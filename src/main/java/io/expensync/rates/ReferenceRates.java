package io.expensync.rates;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code reference_rates} table: the ECB's rates per euro, read as the cross rate of
 * two currencies on the days the ECB gave both (the euro is 1 on every day), and stored a
 * day at a time as the feed brings new ones.
 */
@Service
class ReferenceRates {

	static final Currency EURO = Currency.getInstance("EUR");

	private final JdbcTemplate jdbc;

	ReferenceRates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The cross rate from→to of the latest day on or before {@code day}. */
	Optional<Rate> onOrBefore(Currency from, Currency to, LocalDate day) {
		return rates(from, to, "<= ? order by 1 desc fetch first 1 rows only", Date.valueOf(day)).values()
			.stream()
			.findFirst();
	}

	/** The cross rates from→to of the days from {@code first} to {@code last}. */
	NavigableMap<LocalDate, Rate> between(Currency from, Currency to, LocalDate first, LocalDate last) {
		return rates(from, to, "between ? and ?", Date.valueOf(first), Date.valueOf(last));
	}

	/**
	 * Stores the rates of the days given that are not stored yet, leaving those that are
	 * as they were; answers how many it stored. A run elsewhere storing the same day at
	 * the same moment fails this one on the key (and stored the same rates).
	 */
	@Transactional
	public int store(List<EcbFeed.Day> days) {
		if (days.isEmpty()) {
			return 0;
		}
		LocalDate first = days.stream().map(EcbFeed.Day::date).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = days.stream().map(EcbFeed.Day::date).max(LocalDate::compareTo).orElseThrow();
		Set<String> stored = new HashSet<>(
				jdbc.query("select currency, rate_date from reference_rates where rate_date between ? and ?",
						(rs, row) -> key(rs.getString(1), rs.getObject(2, LocalDate.class)), Date.valueOf(first),
						Date.valueOf(last)));
		List<Object[]> rows = new ArrayList<>();
		for (EcbFeed.Day day : days) {
			day.perEuro().forEach((currency, perEuro) -> {
				if (stored.add(key(currency.getCurrencyCode(), day.date()))) {
					rows.add(new Object[] { currency.getCurrencyCode(), Date.valueOf(day.date()), perEuro });
				}
			});
		}
		jdbc.batchUpdate("insert into reference_rates (currency, rate_date, per_euro) values (?, ?, ?)", rows);
		return rows.size();
	}

	/**
	 * The cross rates from→to by day, on the days that {@code onDays} (a condition on the
	 * day, then perhaps an order and a limit by the first column) picks.
	 */
	private NavigableMap<LocalDate, Rate> rates(Currency from, Currency to, String onDays, Object... days) {
		NavigableMap<LocalDate, Rate> rates = new TreeMap<>();
		boolean fromEuro = from.equals(EURO);
		if (fromEuro || to.equals(EURO)) {
			jdbc.query("select rate_date, per_euro from reference_rates where currency = ? and rate_date " + onDays,
					(rs) -> {
						LocalDate day = rs.getObject(1, LocalDate.class);
						BigDecimal perEuro = rs.getBigDecimal(2);
						rates.put(day, fromEuro ? Rate.cross(from, to, BigDecimal.ONE, perEuro, day)
								: Rate.cross(from, to, perEuro, BigDecimal.ONE, day));
					}, withDays(days, (fromEuro ? to : from).getCurrencyCode()));
			return rates;
		}
		jdbc.query("""
				select a.rate_date, a.per_euro, b.per_euro from reference_rates a
				join reference_rates b on b.rate_date = a.rate_date and b.currency = ?
				where a.currency = ? and a.rate_date\s""" + onDays, (rs) -> {
			LocalDate day = rs.getObject(1, LocalDate.class);
			rates.put(day, Rate.cross(from, to, rs.getBigDecimal(2), rs.getBigDecimal(3), day));
		}, withDays(days, to.getCurrencyCode(), from.getCurrencyCode()));
		return rates;
	}

	/** The currency codes, then the days, as the query's arguments. */
	private static Object[] withDays(Object[] days, String... codes) {
		Object[] all = Arrays.copyOf(codes, codes.length + days.length, Object[].class);
		System.arraycopy(days, 0, all, codes.length, days.length);
		return all;
	}

	private static String key(String currency, LocalDate day) {
		return currency + " " + day;
	}

}
