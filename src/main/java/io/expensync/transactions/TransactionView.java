package io.expensync.transactions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * A transaction as pages, the API and other modules read it.
 *
 * @param amount what it moves on {@code accountId}, in that account's currency
 * @param toAmount what arrives on {@code toAccountId} of a transfer between two
 * currencies, in that account's currency; null when the amount arrives
 * @param originalAmount what an income or expense came to in the currency it was made in,
 * when that is not the account's; null for none
 */
public record TransactionView(UUID id, TransactionType type, Money amount, LocalDate date, @Nullable String description,
		@Nullable String category, @Nullable String merchant, @Nullable String notes, UUID accountId,
		@Nullable UUID toAccountId, @Nullable UUID recurringRuleId, Instant createdAt, Instant updatedAt,
		List<String> tags, TransactionStatus status, @Nullable TransactionStatus toStatus, List<SplitPart> splits,
		@Nullable Money toAmount, @Nullable Money originalAmount) {

	/** A transaction in its account's currency only. */
	public TransactionView(UUID id, TransactionType type, Money amount, LocalDate date, @Nullable String description,
			@Nullable String category, @Nullable String merchant, @Nullable String notes, UUID accountId,
			@Nullable UUID toAccountId, @Nullable UUID recurringRuleId, Instant createdAt, Instant updatedAt,
			List<String> tags, TransactionStatus status, @Nullable TransactionStatus toStatus, List<SplitPart> splits) {
		this(id, type, amount, date, description, category, merchant, notes, accountId, toAccountId, recurringRuleId,
				createdAt, updatedAt, tags, status, toStatus, splits, null, null);
	}

	/** What arrives on the receiving account of a transfer, in its currency. */
	public Money received() {
		return (toAmount != null) ? toAmount : amount;
	}

	/**
	 * How many units of the receiving account's currency one unit of the sending
	 * account's bought, on a transfer between two currencies; null otherwise.
	 */
	public @Nullable BigDecimal impliedRate() {
		return (toAmount == null) ? null
				: toAmount.amount()
					.divide(amount.amount(), MathContext.DECIMAL64)
					.setScale(6, RoundingMode.HALF_EVEN)
					.stripTrailingZeros();
	}

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
		if (type == TransactionType.TRANSFER && account.equals(toAccountId)) {
			return received();
		}
		return (type == TransactionType.INCOME) ? amount : amount.negate();
	}

	public String title() {
		return description != null ? description : merchant != null ? merchant : "Untitled transaction";
	}

}
