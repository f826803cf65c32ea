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

	public RecurrenceRequest {
		Objects.requireNonNull(interval, "interval");
		if (every < 1 || every > 999) {
			throw new InvalidFieldException("every", "Repeat every 1 to 999 periods");
		}
	}

}
