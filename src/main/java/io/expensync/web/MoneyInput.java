package io.expensync.web;

import java.math.BigDecimal;
import java.util.Currency;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * Reads an amount typed into a form or sent as a JSON string, answering a field error
 * when it is not money.
 */
public final class MoneyInput {

	/** The longest text read as an amount. */
	private static final int MAX_LENGTH = 30;

	private MoneyInput() {
	}

	public static Money parse(String field, @Nullable String text, Currency currency) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, "Enter an amount");
		}
		try {
			return Money.of(Money.parseAmount(text), currency);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException(field, ex.getMessage());
		}
	}

	/**
	 * Reads the number of an amount whose currency and rules the service applies (a
	 * transaction's is its account's).
	 * @return the number, or null when no text is given at all
	 */
	public static @Nullable BigDecimal number(String field, @Nullable String text) {
		if (text == null) {
			return null;
		}
		if (text.isBlank()) {
			throw new InvalidFieldException(field, "Enter an amount");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidFieldException(field, "That is not an amount");
		}
		try {
			return Money.parseAmount(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException(field, String.valueOf(ex.getMessage()));
		}
	}

	/** An amount that must be above zero, as every transaction amount is. */
	public static Money parsePositive(String field, @Nullable String text, Currency currency) {
		Money money = parse(field, text, currency);
		if (!money.isPositive()) {
			throw new InvalidFieldException(field, "The amount must be greater than zero");
		}
		return money;
	}

	public static Currency currency(String field, @Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidFieldException(field, "Choose a currency");
		}
		try {
			return Money.currency(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException(field, ex.getMessage());
		}
	}

}
