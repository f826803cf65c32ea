package io.expensync.transactions;

import java.time.LocalDate;
import java.util.Objects;

import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

/**
 * The user's wish that a new transaction repeat: how often, and until when (inclusive;
 * null for no end).
 */
public record RecurrenceRequest(RecurrenceInterval interval, int every, @Nullable LocalDate until) {

	static final int LATEST_YEAR = 9999;

	public RecurrenceRequest {
		Objects.requireNonNull(interval, "interval");
		if (every < 1 || every > 999) {
			throw new InvalidFieldException("every", "Repeat every 1 to 999 periods");
		}
		// as a schedule's own dates: java.time reads years far beyond what a calendar of
		// occurrences can hold
		if (until != null && until.getYear() > LATEST_YEAR) {
			throw new InvalidFieldException("until", "Give an end date before the year %d".formatted(LATEST_YEAR + 1));
		}
	}

}
