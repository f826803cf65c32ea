package io.expensync.transactions;

import java.util.UUID;

/**
 * A transaction was recorded with the wish to repeat. Published inside the recording
 * transaction and heard synchronously by {@code recurring}, which makes the schedule
 * (this transaction is its first occurrence) in the same database transaction:
 * {@code transactions} cannot call {@code recurring} without a dependency cycle.
 */
public record RecurrenceRequested(UUID userId, UUID transactionId, RecurrenceRequest recurrence) {
}
