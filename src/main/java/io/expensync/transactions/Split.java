package io.expensync.transactions;

import java.math.BigDecimal;
import java.util.Currency;

import io.expensync.money.Money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** One part of a split transaction, as stored: its category, amount and description. */
@Embeddable
class Split {

	@Column(name = "category_key", nullable = false, length = 60)
	private String category;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal amount;

	private @Nullable String description;

	protected Split() {
	}

	Split(String category, BigDecimal amount, @Nullable String description) {
		this.category = category;
		this.amount = amount;
		this.description = description;
	}

	/** The part, its amount at the scale of the transaction's currency. */
	SplitPart view(Currency currency) {
		return new SplitPart(category, Money.of(amount, currency).amount(), description);
	}

}
