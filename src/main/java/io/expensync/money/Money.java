package io.expensync.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency. The amount never has more decimals than the currency allows
 * (EUR 2, JPY 0, BHD 3) and is held at exactly that scale, so {@code equals} compares
 * values.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	/** The largest magnitude a {@code NUMERIC(19,4)} column holds with room for sums. */
	public static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		int digits = fractionDigits(currency);
		BigDecimal stripped = amount.stripTrailingZeros();
		if (stripped.scale() > digits) {
			throw new IllegalArgumentException(
					"%s allows at most %d decimal places, got %s".formatted(currency, digits, amount.toPlainString()));
		}
		if (amount.abs().compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("amount must be smaller than " + LIMIT.toPlainString());
		}
		amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
	}

	/**
	 * Parses a plain decimal such as {@code "12.50"} or {@code "-3"}.
	 * @throws IllegalArgumentException when the text is not a number or too precise for
	 * the currency
	 */
	public static Money of(String amount, String currencyCode) {
		return of(parseAmount(amount), currency(currencyCode));
	}

	public static Money of(BigDecimal amount, Currency currency) {
		return new Money(amount, currency);
	}

	public static Money of(BigDecimal amount, String currencyCode) {
		return new Money(amount, currency(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	/**
	 * A decimal written with digits, an optional sign and an optional point; no exponent,
	 * no grouping.
	 */
	public static BigDecimal parseAmount(String text) {
		Objects.requireNonNull(text, "amount");
		String trimmed = text.strip();
		if (!trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") || trimmed.length() > 40) {
			throw new IllegalArgumentException("'%s' is not a number".formatted(text));
		}
		return new BigDecimal(trimmed);
	}

	/** The ISO 4217 currency for a code such as {@code EUR}. */
	public static Currency currency(String code) {
		Objects.requireNonNull(code, "currency");
		if (!code.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("'%s' is not an ISO 4217 currency code".formatted(code));
		}
		try {
			Currency currency = Currency.getInstance(code);
			if (currency.getDefaultFractionDigits() < 0) {
				throw new IllegalArgumentException("'%s' is not a currency for money".formatted(code));
			}
			return currency;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'%s' is not an ISO 4217 currency code".formatted(code));
		}
	}

	public static int fractionDigits(Currency currency) {
		return Math.max(currency.getDefaultFractionDigits(), 0);
	}

	public Money plus(Money other) {
		return new Money(amount.add(sameCurrency(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(sameCurrency(other).amount), currency);
	}

	public Money negate() {
		return new Money(amount.negate(), currency);
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	/**
	 * This amount as a share of {@code whole}, e.g. 0.8125, rounded half-even to
	 * {@code scale} places.
	 */
	public BigDecimal ratioTo(Money whole, int scale) {
		sameCurrency(whole);
		if (whole.isZero()) {
			throw new ArithmeticException("ratio to zero");
		}
		return amount.divide(whole.amount, scale, RoundingMode.HALF_EVEN);
	}

	/**
	 * The amount as a plain decimal string at the currency's scale, e.g. {@code "12.50"};
	 * used in JSON.
	 */
	public String toPlainString() {
		return amount.toPlainString();
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine %s with %s".formatted(currency, other.currency));
		}
		return other;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(sameCurrency(other).amount);
	}

	@Override
	public String toString() {
		return currency.getCurrencyCode() + " " + amount.toPlainString();
	}

}
