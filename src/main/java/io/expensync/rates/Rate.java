package io.expensync.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

import io.expensync.money.Money;

/**
 * On {@code day}, 1 {@code from} was worth {@code value} {@code to}; {@code source} says
 * where the rate comes from. A value worked out from other rates (the inverse of a rate
 * typed in, the cross rate of two ECB rates) keeps 16 significant digits.
 */
public record Rate(Currency from, Currency to, BigDecimal value, LocalDate day, Source source) {

	/** Where a rate comes from. */
	public enum Source {

		/** The European Central Bank's reference rates, crossed through the euro. */
		ECB,

		/** A rate the user typed in, or its inverse. */
		HAND,

		/** From a currency to itself: always 1. */
		SAME

	}

	/** The precision of values worked out by division. */
	static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final MathContext SHOWN = new MathContext(6, RoundingMode.HALF_EVEN);

	public Rate {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(source, "source");
		if (value.signum() <= 0) {
			throw new IllegalArgumentException("A rate is greater than zero, not " + value.toPlainString());
		}
		value = value.stripTrailingZeros();
	}

	/** The rate of a currency to itself on the day asked. */
	static Rate same(Currency currency, LocalDate day) {
		return new Rate(currency, currency, BigDecimal.ONE, day, Source.SAME);
	}

	/** A rate stored the other way round (1 {@code to} = {@code stored} {@code from}). */
	static Rate inverse(Currency from, Currency to, BigDecimal stored, LocalDate day, Source source) {
		return new Rate(from, to, BigDecimal.ONE.divide(stored, PRECISION), day, source);
	}

	/**
	 * The ECB cross rate from two rates per euro (the euro's own being 1): units of
	 * {@code to} per {@code from}.
	 */
	static Rate cross(Currency from, Currency to, BigDecimal fromPerEuro, BigDecimal toPerEuro, LocalDate day) {
		return new Rate(from, to, toPerEuro.divide(fromPerEuro, PRECISION), day, Source.ECB);
	}

	/**
	 * The amount in {@code to}, rounded half-even to its minor units.
	 * @throws IllegalArgumentException when the money is not in {@code from}, or the
	 * result is too large to be money
	 */
	public Money convert(Money money) {
		if (!money.currency().equals(from)) {
			throw new IllegalArgumentException("A rate from %s cannot convert %s".formatted(from, money));
		}
		BigDecimal amount = money.amount().multiply(value).setScale(Money.fractionDigits(to), RoundingMode.HALF_EVEN);
		return Money.of(amount, to);
	}

	/**
	 * The value as people read a rate: six significant digits, where a rate worked out by
	 * division has sixteen, with four decimals where they fit in those six ("0.9234",
	 * "1.0850", "162.345", "15234.6").
	 */
	public String shown() {
		BigDecimal rounded = value.round(SHOWN);
		int wholeDigits = rounded.precision() - rounded.scale();
		int decimals = Math.max(rounded.scale(), Math.min(4, SHOWN.getPrecision() - wholeDigits));
		return rounded.setScale(Math.max(decimals, 0), RoundingMode.HALF_EVEN).toPlainString();
	}

}
