package io.expensync.recurring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.TransactionType;

/**
 * What the recurring job booked for a user since their last summary; published in the
 * transaction that marks those occurrences as told, so that its email is queued with it.
 */
public record RecurringSummary(UUID userId, List<Line> lines) {

	public record Line(LocalDate date, String title, TransactionType type, Money amount) {
	}

}
