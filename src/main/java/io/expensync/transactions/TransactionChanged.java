package io.expensync.transactions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A transaction was added ({@code before} is null), changed, or deleted ({@code after} is
 * null), with how it looked before and after; published in the changing database
 * transaction, for the audit log.
 */
public record TransactionChanged(UUID userId, UUID transactionId, @Nullable TransactionView before,
		@Nullable TransactionView after) {
}
