package io.expensync.recurring;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An occurrence that has been booked, and the transaction it became. */
public record BookedOccurrence(LocalDate date, @Nullable UUID transactionId) {
}
