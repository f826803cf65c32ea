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
		Currency parsedCurrency;
		try {
			parsedCurrency = Money.currency(currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("currency", ex.getMessage());
		}
		ZoneId zone;
		try {
			zone = ZoneId.of(timezone.strip());
		}
		catch (DateTimeException ex) {
			throw new InvalidFieldException("timezone", "'%s' is not a known timezone".formatted(timezone));
		}
		Locale parsedLocale;
		try {
			parsedLocale = new Locale.Builder().setLanguageTag(locale.strip()).build();
		}
		catch (IllformedLocaleException ex) {
			throw new InvalidFieldException("locale", "'%s' is not a language tag like en-US".formatted(locale));
		}
		if (parsedLocale.getLanguage().isEmpty()) {
			throw new InvalidFieldException("locale", "'%s' is not a language tag like en-US".formatted(locale));
		}
		return new Profile(parsedCurrency, zone, parsedLocale);
	}

}
