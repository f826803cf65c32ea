package io.expensync.transactions;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

/**
 * A transaction as the user describes it, before it is checked against their accounts and
 * categories. Texts are trimmed and empty ones become null; the amount must be above
 * zero.
 */
public record TransactionDraft(TransactionType type, Money amount, LocalDate date, @Nullable String description,
		@Nullable String category, @Nullable String merchant, @Nullable String notes, UUID accountId,
		@Nullable UUID toAccountId) {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public TransactionDraft {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(accountId, "accountId");
		if (!amount.isPositive()) {
			throw new InvalidFieldException("amount", "The amount must be greater than zero");
		}
		description = text("description", description, 255);
		category = text("category", category, 60);
		merchant = text("merchant", merchant, 120);
		notes = text("notes", notes, 2000);
		if (type == TransactionType.TRANSFER) {
			if (toAccountId == null) {
				throw new InvalidFieldException("toAccountId", "Choose the account the money goes to");
			}
			if (toAccountId.equals(accountId)) {
				throw new InvalidFieldException("toAccountId", "A transfer needs two different accounts");
			}
			category = null;
		}
		else {
			toAccountId = null;
			if (category == null) {
				throw new InvalidFieldException("category", "Choose a category");
			}
		}
	}

	private static @Nullable String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidFieldException(field, "At most %d characters".formatted(max));
		}
		return stripped;
	}

}
