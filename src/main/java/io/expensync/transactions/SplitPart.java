package io.expensync.transactions;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One part of a split transaction: an amount filed under its own category, with an
 * optional description. The parts of a transaction sum exactly to its amount.
 *
 * @param category the category's key, of the transaction's type
 * @param amount the part, above zero, in the transaction's currency
 * @param description what this part was for, if said
 */
public record SplitPart(@Nullable String category, @Nullable BigDecimal amount, @Nullable String description) {

	public SplitPart {
		category = (category == null || category.isBlank()) ? null : category.strip();
		description = (description == null || description.isBlank()) ? null : description.strip();
	}

}
