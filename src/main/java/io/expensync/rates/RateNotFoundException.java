package io.expensync.rates;

import java.time.LocalDate;
import java.util.Currency;

import io.expensync.web.NotFoundException;

/**
 * No rate between the two currencies is known on or before the day, or the user typed in
 * none for that pair and day.
 */
public class RateNotFoundException extends NotFoundException {

	RateNotFoundException(Currency from, Currency to, LocalDate day) {
		super("Rate", "%s/%s on %s".formatted(from.getCurrencyCode(), to.getCurrencyCode(), day));
	}

}
