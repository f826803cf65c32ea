package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Many transactions were added to one account at once (a bank statement imported);
 * listeners re-check the months between the earliest and the latest date, instead of
 * hearing one event per row.
 */
public record TransactionsAdded(UUID userId, UUID accountId, int count, LocalDate earliest, LocalDate latest) {
}
