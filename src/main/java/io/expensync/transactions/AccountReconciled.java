package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * An account was reconciled with a bank statement: {@code count} transactions ticked off
 * to its closing balance, with the adjustment booked to reach it, if any.
 */
public record AccountReconciled(UUID userId, UUID accountId, LocalDate statementDate, Money closingBalance, int count,
		@Nullable Money adjustment) {
}
