package io.expensync.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;

/** A rule as pages, the API and other modules read it; {@code position} counts from 0. */
public record RuleView(UUID id, int position, String name, List<TextCondition> conditions,
		@Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount, @Nullable UUID accountId,
		@Nullable TransactionType type, @Nullable String setCategory, @Nullable String setMerchant,
		@Nullable String setDescription, Instant createdAt, Instant updatedAt) {

	/** The rule's fields as a command, to change some of them. */
	public RuleDetails details() {
		return new RuleDetails(name, conditions, minAmount, maxAmount, accountId, type, setCategory, setMerchant,
				setDescription);
	}

}
