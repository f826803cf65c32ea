package io.expensync.transactions;

import java.util.Optional;

import io.expensync.categories.CategoryType;

/** Money coming in, going out, or moving between two of the user's own accounts. */
public enum TransactionType {

	INCOME, EXPENSE, TRANSFER;

	/**
	 * The type of category this kind of transaction is filed under; transfers have none.
	 */
	public Optional<CategoryType> categoryType() {
		return switch (this) {
			case INCOME -> Optional.of(CategoryType.INCOME);
			case EXPENSE -> Optional.of(CategoryType.EXPENSE);
			case TRANSFER -> Optional.empty();
		};
	}

}
