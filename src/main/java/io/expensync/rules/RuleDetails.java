package io.expensync.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;

/**
 * A rule as the user describes it, to create one or to replace all of one's fields; every
 * condition given must hold, and at least one must be given, as must one action.
 * {@link RuleService} checks it and names every problem at once. Texts are trimmed and
 * empty ones become null.
 *
 * @param conditions the text conditions on the description or merchant, at most 10
 * @param minAmount the smallest amount (as the user sees it: positive), included
 * @param maxAmount the largest amount, included
 * @param accountId the transaction's account (for a transfer, either of its two)
 * @param setCategory the key of one of the user's active categories; it is given only to
 * transactions of the category's type
 */
public record RuleDetails(@Nullable String name, List<@Nullable TextCondition> conditions,
		@Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount, @Nullable UUID accountId,
		@Nullable TransactionType type, @Nullable String setCategory, @Nullable String setMerchant,
		@Nullable String setDescription) {

	public RuleDetails {
		name = text(name);
		// a null item stays, for the check to name
		conditions = Collections.unmodifiableList(new ArrayList<>(conditions));
		setCategory = text(setCategory);
		setMerchant = text(setMerchant);
		setDescription = text(setDescription);
	}

	boolean hasCondition() {
		return !conditions.isEmpty() || minAmount != null || maxAmount != null || accountId != null || type != null;
	}

	boolean hasAction() {
		return setCategory != null || setMerchant != null || setDescription != null;
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
