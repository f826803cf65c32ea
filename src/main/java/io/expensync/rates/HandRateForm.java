package io.expensync.rates;

import org.jspecify.annotations.Nullable;

/**
 * A rate as typed on the rates page or sent to the API: on {@code date}
 * ({@code yyyy-mm-dd}), 1 {@code from} is worth {@code rate} {@code to}. Checked by
 * {@link ExchangeRates#setByHand(java.util.UUID, HandRateForm)}, which names these fields
 * in its problems.
 */
public record HandRateForm(@Nullable String from, @Nullable String to, @Nullable String date, @Nullable String rate) {

	public static HandRateForm empty() {
		return new HandRateForm(null, null, null, null);
	}

}
