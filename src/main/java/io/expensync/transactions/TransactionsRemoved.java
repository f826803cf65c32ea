package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Several transactions were deleted at once (a bulk delete); listeners re-check the
 * months between the earliest and the latest date, instead of hearing one event per row.
 */
public record TransactionsRemoved(UUID userId, int count, LocalDate earliest, LocalDate latest) {
}
