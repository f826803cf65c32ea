package io.expensync.recurring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;

/** A schedule as pages and the API read it; {@code nextDue} is null once it has ended. */
public record RecurringView(UUID id, RecurrenceInterval interval, int every, LocalDate anchor,
		@Nullable LocalDate until, @Nullable LocalDate nextDue, boolean paused, List<LocalDate> upcoming,
		TransactionType type, Money amount, @Nullable String description, @Nullable String category,
		@Nullable String merchant, UUID accountId, @Nullable UUID toAccountId) {

	public boolean ended() {
		return nextDue == null;
	}

	public String title() {
		return description != null ? description : interval.describe(every) + " " + type.name().toLowerCase();
	}

}
