package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which transactions to list; every part is optional. {@code accountId} matches both
 * sides of a transfer, {@code q} matches description, merchant and notes without regard
 * to case.
 */
public record TransactionFilter(@Nullable UUID accountId, @Nullable TransactionType type, @Nullable String category,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q) {

	public static TransactionFilter forAccount(UUID accountId) {
		return new TransactionFilter(accountId, null, null, null, null, null);
	}

}
