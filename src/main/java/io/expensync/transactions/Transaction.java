package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import io.expensync.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** One income, expense or transfer, and the postings it makes to account balances. */
@Entity
@Table(name = "transactions")
class Transaction implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(name = "to_account_id")
	private @Nullable UUID toAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TransactionType type;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal amount;

	@Column(nullable = false)
	private Currency currency;

	/**
	 * What arrives on {@code toAccountId} of a transfer between two currencies, in
	 * {@code toCurrency}; null when {@code amount} arrives.
	 */
	@Column(name = "to_amount", precision = 19, scale = 4)
	private @Nullable BigDecimal toAmount;

	@Column(name = "to_currency")
	private @Nullable Currency toCurrency;

	/** What an income or expense came to in the currency it was made in. */
	@Column(name = "original_amount", precision = 19, scale = 4)
	private @Nullable BigDecimal originalAmount;

	@Column(name = "original_currency")
	private @Nullable Currency originalCurrency;

	@Column(name = "booked_on", nullable = false)
	private LocalDate date;

	private @Nullable String description;

	@Column(name = "category_key")
	private @Nullable String category;

	private @Nullable String merchant;

	private @Nullable String notes;

	/**
	 * The schedule this transaction belongs to, if it recurs (owned by the recurring
	 * module).
	 */
	@Column(name = "recurring_rule_id")
	private @Nullable UUID recurringRuleId;

	/** Whether the bank has booked it on {@code accountId}. */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TransactionStatus status = TransactionStatus.PENDING;

	/** Whether the bank has booked it on {@code toAccountId}; only on a transfer. */
	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private @Nullable TransactionStatus toStatus;

	/** The parts it is split into under several categories; then it has no category. */
	@ElementCollection
	@CollectionTable(name = "transaction_splits", joinColumns = @JoinColumn(name = "transaction_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 200)
	private List<Split> splits = new ArrayList<>();

	/** The free tags, as {@link Tags} keeps them. */
	@ElementCollection
	@CollectionTable(name = "transaction_tags", joinColumns = @JoinColumn(name = "transaction_id"))
	@Column(name = "tag", nullable = false, length = Tags.MAX_LENGTH)
	@SortNatural
	@BatchSize(size = 200)
	private SortedSet<String> tags = new TreeSet<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Transaction() {
	}

	/**
	 * A transaction written from a draft that {@link TransactionService} checked, its
	 * amount in the account's currency.
	 */
	Transaction(UUID userId, TransactionDraft draft, Amounts amounts, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.createdAt = now;
		amend(draft, amounts, now);
	}

	void amend(TransactionDraft draft, Amounts amounts, Instant now) {
		Money amount = amounts.amount();
		this.type = Objects.requireNonNull(draft.type(), "type");
		this.amount = amount.amount();
		this.currency = amount.currency();
		Money received = (type == TransactionType.TRANSFER) ? amounts.toAmount() : null;
		this.toAmount = (received != null) ? received.amount() : null;
		this.toCurrency = (received != null) ? received.currency() : null;
		Money original = (type == TransactionType.TRANSFER) ? null : amounts.original();
		this.originalAmount = (original != null) ? original.amount() : null;
		this.originalCurrency = (original != null) ? original.currency() : null;
		this.date = Objects.requireNonNull(draft.date(), "date");
		this.description = draft.description();
		List<SplitPart> parts = (type == TransactionType.TRANSFER || draft.splits() == null) ? List.of()
				: draft.splits();
		this.category = (type == TransactionType.TRANSFER || !parts.isEmpty()) ? null : draft.category();
		if (!parts.equals(this.splits.stream().map((split) -> split.view(amount.currency())).toList())) {
			this.splits.clear();
			parts.forEach((part) -> this.splits.add(new Split(Objects.requireNonNull(part.category()),
					Objects.requireNonNull(part.amount()), part.description())));
		}
		this.merchant = draft.merchant();
		this.notes = draft.notes();
		UUID formerAccount = this.accountId;
		UUID formerTarget = this.toAccountId;
		this.accountId = Objects.requireNonNull(draft.accountId(), "accountId");
		this.toAccountId = draft.toAccountId();
		// a side moved to another account is no longer what that account's bank booked
		this.status = statusOn(this.status, draft.status(), Objects.equals(formerAccount, this.accountId));
		this.toStatus = (this.toAccountId == null) ? null
				: statusOn((this.toStatus != null) ? this.toStatus : TransactionStatus.PENDING, draft.toStatus(),
						Objects.equals(formerTarget, this.toAccountId));
		List<String> newTags = Tags.normalised(draft.tags());
		if (!this.tags.equals(new TreeSet<>(newTags))) {
			this.tags.clear();
			this.tags.addAll(newTags);
		}
		this.updatedAt = now;
	}

	/**
	 * The status asked for, or the one it has when none is asked; a side reconciled on
	 * one account and moved to another is only cleared there.
	 */
	private static TransactionStatus statusOn(TransactionStatus current, @Nullable TransactionStatus asked,
			boolean sameAccount) {
		TransactionStatus status = (asked != null) ? asked : current;
		return (status == TransactionStatus.RECONCILED && !sameAccount) ? TransactionStatus.CLEARED : status;
	}

	/** Marks the side on {@code account} reconciled. */
	void reconcileOn(UUID account) {
		if (account.equals(this.accountId)) {
			this.status = TransactionStatus.RECONCILED;
		}
		if (account.equals(this.toAccountId)) {
			this.toStatus = TransactionStatus.RECONCILED;
		}
	}

	boolean reconciled() {
		return status == TransactionStatus.RECONCILED || toStatus == TransactionStatus.RECONCILED;
	}

	/**
	 * Whether a transfer's side on the other account than {@code account} is reconciled.
	 */
	boolean reconciledBeyond(UUID account) {
		if (toAccountId == null || accountId.equals(toAccountId)) {
			return false;
		}
		UUID other = account.equals(accountId) ? toAccountId : accountId;
		return statusOn(other) == TransactionStatus.RECONCILED;
	}

	/** Its status on {@code account}, one of its two sides. */
	TransactionStatus statusOn(UUID account) {
		return (account.equals(this.toAccountId) && this.toStatus != null) ? this.toStatus : this.status;
	}

	/**
	 * What this transaction adds to each account's balance; undoing it posts the
	 * negation.
	 */
	Map<UUID, Posting> postings() {
		return postings(type, amount, (toAmount != null) ? toAmount : amount, accountId, toAccountId);
	}

	/**
	 * What a transaction written from a checked {@code draft} would add to each account.
	 */
	static Map<UUID, Posting> postings(TransactionDraft draft, Amounts amounts) {
		Money received = (amounts.toAmount() != null) ? amounts.toAmount() : amounts.amount();
		return postings(Objects.requireNonNull(draft.type(), "type"), amounts.amount().amount(), received.amount(),
				Objects.requireNonNull(draft.accountId(), "accountId"), draft.toAccountId());
	}

	/**
	 * What a transaction adds to each account; {@code received} is what arrives on
	 * {@code toAccountId} of a transfer, in its currency.
	 */
	static Map<UUID, Posting> postings(TransactionType type, BigDecimal amount, BigDecimal received, UUID accountId,
			@Nullable UUID toAccountId) {
		Map<UUID, Posting> postings = new LinkedHashMap<>();
		switch (type) {
			case INCOME -> postings.put(accountId, new Posting(amount, 1, 0));
			case EXPENSE -> postings.put(accountId, new Posting(amount.negate(), 1, 0));
			case TRANSFER -> {
				postings.put(accountId, new Posting(amount.negate(), 1, 0));
				postings.put(toAccountId, new Posting(received, 0, 1));
			}
		}
		return postings;
	}

	/**
	 * A checked draft's amounts: on its account, arriving on the other account of a
	 * transfer between two currencies, and as made abroad.
	 */
	record Amounts(Money amount, @Nullable Money toAmount, @Nullable Money original) {

		Amounts(Money amount) {
			this(amount, null, null);
		}

	}

	@Override
	public UUID getId() {
		return id;
	}

	/**
	 * New until saved, so that saving it inserts without first looking it up (its id is
	 * given, not generated).
	 */
	@Override
	public boolean isNew() {
		return version == null;
	}

	UUID id() {
		return id;
	}

	void belongTo(UUID ruleId) {
		this.recurringRuleId = ruleId;
	}

	@Nullable String category() {
		return category;
	}

	TransactionType type() {
		return type;
	}

	LocalDate date() {
		return date;
	}

	TransactionView view() {
		return new TransactionView(id, type, Money.of(amount, currency), date, description, category, merchant, notes,
				accountId, toAccountId, recurringRuleId, createdAt, updatedAt, List.copyOf(tags), status, toStatus,
				splits.stream().map((split) -> split.view(currency)).toList(),
				(toAmount != null && toCurrency != null) ? Money.of(toAmount, toCurrency) : null,
				(originalAmount != null && originalCurrency != null) ? Money.of(originalAmount, originalCurrency)
						: null);
	}

	/**
	 * What transactions change on one account: its balance by {@code amount}, and how
	 * many rows it is on, as the account that books them ({@code booked}: incomes,
	 * expenses, the sending side of a transfer) or that receives them ({@code received}:
	 * the other side).
	 */
	record Posting(BigDecimal amount, int booked, int received) {

		static final Posting NONE = new Posting(BigDecimal.ZERO, 0, 0);

		Posting plus(Posting other) {
			return new Posting(amount.add(other.amount), booked + other.booked, received + other.received);
		}

		Posting negate() {
			return new Posting(amount.negate(), -booked, -received);
		}

		boolean changesNothing() {
			return amount.signum() == 0 && booked == 0 && received == 0;
		}

	}

}
