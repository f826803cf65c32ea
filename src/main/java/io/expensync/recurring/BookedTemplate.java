package io.expensync.recurring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * What each occurrence of a schedule books: a copy of its first transaction, with the
 * amount and texts as the user last changed them. Part of {@link RecurringRule}'s row.
 */
@Embeddable
class BookedTemplate {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TransactionType type;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal amount;

	@Column(nullable = false)
	private Currency currency;

	private @Nullable String description;

	@Column(name = "category_key")
	private @Nullable String category;

	private @Nullable String merchant;

	private @Nullable String notes;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "to_account_id")
	private @Nullable UUID toAccountId;

	protected BookedTemplate() {
	}

	BookedTemplate(TransactionView first) {
		this.type = first.type();
		this.amount = first.amount().amount();
		this.currency = first.amount().currency();
		this.description = first.description();
		this.category = first.category();
		this.merchant = first.merchant();
		this.notes = first.notes();
		this.accountId = first.accountId();
		this.toAccountId = first.toAccountId();
	}

	/** Changes what later occurrences book; the type and accounts stay. */
	void amend(Money newAmount, @Nullable String newDescription, @Nullable String newCategory,
			@Nullable String newMerchant) {
		if (!newAmount.currency().equals(currency) || !newAmount.isPositive()) {
			throw new IllegalArgumentException("an amount above zero in " + currency);
		}
		this.amount = newAmount.amount();
		this.description = newDescription;
		this.category = newCategory;
		this.merchant = newMerchant;
	}

	TransactionType type() {
		return type;
	}

	Currency currency() {
		return currency;
	}

	Money amount() {
		return Money.of(amount, currency);
	}

	@Nullable String description() {
		return description;
	}

	@Nullable String category() {
		return category;
	}

	@Nullable String merchant() {
		return merchant;
	}

	UUID accountId() {
		return accountId;
	}

	@Nullable UUID toAccountId() {
		return toAccountId;
	}

	TransactionDraft draftFor(LocalDate date) {
		return new TransactionDraft(type, amount(), date, description, category, merchant, notes, accountId,
				toAccountId);
	}

}
