package io.expensync.transactions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/** A transaction as pages, the API and other modules read it. */
public record TransactionView(UUID id, TransactionType type, Money amount, LocalDate date, @Nullable String description,
		@Nullable String category, @Nullable String merchant, @Nullable String notes, UUID accountId,
		@Nullable UUID toAccountId, @Nullable UUID recurringRuleId, Instant createdAt, Instant updatedAt,
		List<String> tags, TransactionStatus status, @Nullable TransactionStatus toStatus, List<SplitPart> splits) {

	/** Whether it is split into parts under several categories. */
	public boolean isSplit() {
		return !splits.isEmpty();
	}

	/** Its status on {@code account}: the receiving side's on a transfer's target. */
	public TransactionStatus statusFor(UUID account) {
		return (account.equals(toAccountId) && toStatus != null) ? toStatus : status;
	}

	/** Whether either side has been reconciled with a statement. */
	public boolean reconciled() {
		return status == TransactionStatus.RECONCILED || toStatus == TransactionStatus.RECONCILED;
	}

	/**
	 * What this transaction does to the balance of {@code account}: + for money in, − for
	 * money out.
	 */
	public Money signedFor(UUID account) {
		boolean in = type == TransactionType.INCOME
				|| (type == TransactionType.TRANSFER && account.equals(toAccountId));
		return in ? amount : amount.negate();
	}

	public String title() {
		return description != null ? description : merchant != null ? merchant : "Untitled transaction";
	}

}
