package io.expensync.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.expensync.money.Money;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;
import io.expensync.web.MoneyInput;
import org.jspecify.annotations.Nullable;

/**
 * What a rate typed in must be: two different currencies, a day between 1900 and 2999,
 * and a rate above zero, below a billion, with at most 10 decimals. Problems name the
 * fields of {@link HandRateForm}.
 */
final class HandRateRules {

	/** The rates the table holds are below this ({@code NUMERIC(19,10)}). */
	static final BigDecimal LIMIT = EcbFeed.LIMIT;

	/** The longest text read as a rate. */
	private static final int MAX_LENGTH = 40;

	/** A form read, every field present and readable. */
	record Parsed(Currency base, Currency quote, LocalDate day, BigDecimal rate) {
	}

	private HandRateRules() {
	}

	/**
	 * Reads the form.
	 * @throws InvalidInputException naming every field that is missing, unreadable or
	 * breaks a rule
	 */
	static Parsed parse(HandRateForm form) {
		List<Problem> problems = new ArrayList<>();
		Currency base = currency(problems, "from", form.from());
		Currency quote = currency(problems, "to", form.to());
		LocalDate day = day(problems, form.date());
		BigDecimal rate = rate(problems, form.rate());
		check(problems, base, quote, day, rate);
		if (!problems.isEmpty() || base == null || quote == null || day == null || rate == null) {
			throw new InvalidInputException(problems);
		}
		return new Parsed(base, quote, day, rate);
	}

	/** Adds a problem for every rule the values given break. */
	static void check(List<Problem> problems, @Nullable Currency base, @Nullable Currency quote,
			@Nullable LocalDate day, @Nullable BigDecimal rate) {
		if (base != null && base.equals(quote)) {
			problems.add(new Problem("to", "Choose a currency other than " + base.getCurrencyCode()));
		}
		if (day != null && (day.isBefore(ExchangeRates.FIRST_DAY) || day.isAfter(ExchangeRates.LAST_DAY))) {
			problems.add(new Problem("date", "Choose a day between 1900 and 2999"));
		}
		if (rate == null) {
			return;
		}
		if (rate.signum() <= 0) {
			problems.add(new Problem("rate", "The rate must be greater than zero"));
		}
		else if (rate.stripTrailingZeros().scale() > ExchangeRates.MAX_DECIMALS) {
			problems
				.add(new Problem("rate", "A rate has at most %d decimal places".formatted(ExchangeRates.MAX_DECIMALS)));
		}
		else if (rate.compareTo(LIMIT) >= 0) {
			problems.add(new Problem("rate", "A rate must be below " + LIMIT.toPlainString()));
		}
	}

	/** The currency of a code such as {@code USD} (or {@code usd}). */
	static @Nullable Currency currency(List<Problem> problems, String field, @Nullable String code) {
		try {
			return MoneyInput.currency(field, (code != null) ? code.strip().toUpperCase(Locale.ROOT) : null);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
			return null;
		}
	}

	private static @Nullable LocalDate day(List<Problem> problems, @Nullable String text) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem("date", "Choose the day of the rate"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem("date", "'%s' is not a date (yyyy-mm-dd)".formatted(shortened(text))));
			return null;
		}
	}

	private static @Nullable BigDecimal rate(List<Problem> problems, @Nullable String text) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem("rate", "Enter the rate"));
			return null;
		}
		try {
			if (text.length() > MAX_LENGTH) {
				throw new IllegalArgumentException();
			}
			return Money.parseAmount(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("rate", "'%s' is not a number".formatted(shortened(text))));
			return null;
		}
	}

	private static String shortened(String text) {
		return (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) + "…" : text;
	}

}
