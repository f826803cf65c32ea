package io.expensync.users;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;

import io.expensync.money.Money;
import io.expensync.web.InvalidFieldException;

/**
 * How a user wants money, dates and months shown and counted: their currency, timezone
 * and locale.
 */
public record Profile(Currency currency, ZoneId zone, Locale locale) {

	public static final Profile DEFAULT = new Profile(Currency.getInstance("USD"), ZoneId.of("UTC"), Locale.US);

	/**
	 * Reads the three settings as typed, answering a field error for the first that is
	 * not valid.
	 */
	public static Profile of(String currency, String timezone, String locale) {
		return new Profile(currency(currency), zone(timezone), locale(locale));
	}

	/** Reads a currency code as typed, in any case. */
	static Currency currency(String code) {
		try {
			return Money.currency(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("currency", String.valueOf(ex.getMessage()));
		}
	}

	static ZoneId zone(String timezone) {
		try {
			return ZoneId.of(timezone.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("timezone", "'%s' is not a known timezone".formatted(timezone));
		}
	}

	static Locale locale(String tag) {
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
			if (!locale.getLanguage().isEmpty()) {
				return locale;
			}
		}
		catch (IllformedLocaleException ex) {
			// answered below, like a tag without a language
		}
		throw new InvalidFieldException("locale", "'%s' is not a language tag like en-US".formatted(tag));
	}

}
