package io.expensync.rates;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which of the rates found for a pair counts on a day: the one of the latest day, and on
 * the same day the one given first (a rate typed in before its inverse, both before the
 * ECB's). {@link ExchangeRates#rate} and {@link RateBook} both choose here, so that they
 * always agree.
 */
final class Candidates {

	private Candidates() {
	}

	/** The latest of the rates, the first given winning a tie; empty if all are null. */
	static Optional<Rate> best(@Nullable Rate... inOrderOfPreference) {
		Rate best = null;
		for (Rate candidate : inOrderOfPreference) {
			if (candidate != null && (best == null || candidate.day().isAfter(best.day()))) {
				best = candidate;
			}
		}
		return Optional.ofNullable(best);
	}

}
