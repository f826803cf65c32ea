package io.expensync.transactions;

import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.expensync.money.Money;
import io.expensync.rates.Rate;

/**
 * How a total across currencies was made in the user's home currency: the rates it
 * converted other currencies at, and what it could not convert for want of a rate (left
 * out of the total, and said so).
 *
 * @param home the currency of the total
 * @param rates for each other currency converted, the latest-dated rate used (spending is
 * converted at the rate of each transaction's day, balances at the latest)
 * @param unconverted per currency, what was left out of the total
 * @param accountsLeftOut the names of the accounts it was on, where known
 */
public record Conversions(Currency home, List<Rate> rates, List<Money> unconverted, List<String> accountsLeftOut) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public Conversions {
		rates = List.copyOf(rates);
		unconverted = List.copyOf(unconverted);
		accountsLeftOut = List.copyOf(accountsLeftOut);
	}

	/** A total in the home currency alone. */
	public static Conversions none(Currency home) {
		return new Conversions(home, List.of(), List.of(), List.of());
	}

	/** Whether some of the total was converted from another currency. */
	public boolean converted() {
		return !rates.isEmpty();
	}

	/** Whether some amounts are left out of the total, having no rate. */
	public boolean incomplete() {
		return !unconverted.isEmpty();
	}

	/**
	 * The rates used, for a tooltip: "1 USD = 0.9234 EUR (ECB, 28 Nov 2026)", the latest
	 * day's where each day's rate was used.
	 */
	public String rateText() {
		return rates.stream()
			.map((rate) -> "1 %s = %s %s (%s, %s)".formatted(rate.from().getCurrencyCode(), rate.shown(),
					rate.to().getCurrencyCode(), (rate.source() == Rate.Source.HAND) ? "entered by hand" : "ECB",
					rate.day().format(DAY)))
			.collect(Collectors.joining("; "));
	}

}
