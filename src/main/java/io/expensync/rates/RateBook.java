package io.expensync.rates;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The rates of a few currencies into one home currency over a span of days, read at once
 * for totals over many days (see {@link ExchangeRates#book}). On every day of the span it
 * answers exactly what {@link ExchangeRates#rate} answers; after the span it answers the
 * latest rate known up to its last day (rates stored for later days are not in the book).
 */
public final class RateBook {

	/** The rates found for one currency into home, by day. */
	record Series(NavigableMap<LocalDate, Rate> handDirect, NavigableMap<LocalDate, Rate> handInverse,
			NavigableMap<LocalDate, Rate> ecb) {

		Optional<Rate> on(LocalDate date) {
			return Candidates.best(value(handDirect.floorEntry(date)), value(handInverse.floorEntry(date)),
					value(ecb.floorEntry(date)));
		}

		private static @Nullable Rate value(Map.@Nullable Entry<LocalDate, Rate> entry) {
			return (entry != null) ? entry.getValue() : null;
		}

	}

	private final Currency home;

	private final LocalDate start;

	private final LocalDate end;

	private final Map<Currency, Series> series;

	RateBook(Currency home, LocalDate start, LocalDate end, Map<Currency, Series> series) {
		this.home = home;
		this.start = start;
		this.end = end;
		this.series = Map.copyOf(series);
	}

	public Currency home() {
		return home;
	}

	public LocalDate start() {
		return start;
	}

	public LocalDate end() {
		return end;
	}

	/**
	 * The rate from the currency into the home currency on the date: the home currency
	 * itself is 1 ({@link Rate.Source#SAME}).
	 * @throws IllegalArgumentException when the date is before the book's start, or the
	 * currency is not one the book was made for
	 */
	public Optional<Rate> on(Currency from, LocalDate date) {
		Objects.requireNonNull(from, "from");
		if (date.isBefore(start)) {
			throw new IllegalArgumentException("The book starts on %s, not before: %s".formatted(start, date));
		}
		if (from.equals(home)) {
			return Optional.of(Rate.same(home, date));
		}
		Series rates = series.get(from);
		if (rates == null) {
			throw new IllegalArgumentException("The book holds no rates from " + from);
		}
		return rates.on(date);
	}

}
