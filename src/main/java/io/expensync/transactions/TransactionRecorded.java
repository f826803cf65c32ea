package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A transaction was recorded, changed or deleted; listeners re-check what depends on the
 * month it falls in.
 */
public record TransactionRecorded(UUID userId, UUID transactionId, TransactionType type, LocalDate date) {
}
