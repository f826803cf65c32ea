package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The command to change some of a transaction's fields: a null field stays as it is, an
 * empty text clears it. {@link TransactionService#patch} merges it onto the stored
 * transaction and checks the result as a whole {@link TransactionDraft}.
 */
public record TransactionPatch(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
		@Nullable LocalDate date, @Nullable String description, @Nullable String category, @Nullable String merchant,
		@Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId) {

	/**
	 * The stored transaction with these changes; a target account stays only on a
	 * transfer (see {@link TransactionDraft}).
	 */
	TransactionDraft onto(TransactionView stored) {
		return new TransactionDraft(or(type, stored.type()), or(amount, stored.amount().amount()), currency,
				or(date, stored.date()), or(description, stored.description()), or(category, stored.category()),
				or(merchant, stored.merchant()), or(notes, stored.notes()), or(accountId, stored.accountId()),
				or(toAccountId, stored.toAccountId()));
	}

	private static <T> @Nullable T or(@Nullable T change, @Nullable T stored) {
		return (change != null) ? change : stored;
	}

}
