package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.web.FieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The command to record a transaction, or to replace all of one's fields, as the user
 * describes it. {@link TransactionService} checks it and names every problem at once: the
 * rules written here first, then those of the user's accounts, categories and calendar
 * ({@link DraftCheck}). A missing field is null until that check names it. Texts are
 * trimmed and empty ones become null. Only a transfer has a target account; it is filed
 * under no category, so one given is checked for its length only and not kept.
 *
 * @param amount the number, in the currency of the account
 * @param currency the ISO code the amount is meant in, to be the account's; null to take
 * the account's
 * @param tags the free tags, kept as {@link Tags} says; null for none
 * @param status whether the bank has booked it on {@code accountId}; null for pending on
 * a new transaction and as it is on a stored one
 * @param toStatus the same on {@code toAccountId} of a transfer, apart from
 * {@code status}
 * @param splits the parts of an income or expense split under several categories, which
 * sum to the amount; then the transaction has no category of its own. Null or empty for
 * none
 * @param toAmount what arrives on {@code toAccountId} of a transfer between accounts of
 * two currencies, in that account's currency, as the bank booked it; null on one within a
 * currency (where the amount arrives)
 * @param toCurrency the ISO code {@code toAmount} is meant in, to be the receiving
 * account's; null to take the account's
 * @param originalAmount what an income or expense came to in the currency it was made in,
 * when that is not the account's (a card used abroad); null for none
 * @param originalCurrency that currency's ISO code, given with {@code originalAmount}
 */
@FieldRules
public record TransactionDraft(@NotNull(message = "Choose income, expense or transfer") @Nullable TransactionType type,
		@NotNull(message = "Enter an amount") @Positive(
				message = "The amount must be greater than zero") @Nullable BigDecimal amount,
		@Size(max = 3) @Nullable String currency, @NotNull(message = "Enter a date") @Nullable LocalDate date,
		@Size(max = 255, message = "At most 255 characters") @Nullable String description,
		@Size(max = 60, message = "At most 60 characters") @Nullable String category,
		@Size(max = 120, message = "At most 120 characters") @Nullable String merchant,
		@Size(max = 2000, message = "At most 2000 characters") @Nullable String notes,
		@NotNull(message = "Choose an account") @Nullable UUID accountId, @Nullable UUID toAccountId,
		@Nullable List<String> tags, @Nullable TransactionStatus status, @Nullable TransactionStatus toStatus,
		@Nullable List<SplitPart> splits,
		@Positive(message = "The amount that arrives must be greater than zero") @Nullable BigDecimal toAmount,
		@Size(max = 3) @Nullable String toCurrency,
		@Positive(message = "The original amount must be greater than zero") @Nullable BigDecimal originalAmount,
		@Size(max = 3, message = "A three-letter currency code, such as USD") @Nullable String originalCurrency)
		implements
			FieldRules.Checked {

	/** The most parts one transaction is split into. */
	public static final int MAX_SPLITS = 50;

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public TransactionDraft {
		description = text(description);
		category = text(category);
		merchant = text(merchant);
		notes = text(notes);
		tags = Tags.normalised(tags);
		splits = (splits != null) ? List.copyOf(splits) : List.of();
		if (!splits.isEmpty()) {
			category = null;
		}
		originalCurrency = text(originalCurrency);
		if (originalCurrency != null) {
			originalCurrency = originalCurrency.toUpperCase(Locale.ROOT);
		}
		toCurrency = text(toCurrency);
		if (type != null && type != TransactionType.TRANSFER) {
			toAccountId = null;
		}
	}

	/** A transaction in its account's currency only. */
	public TransactionDraft(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
			@Nullable List<String> tags, @Nullable TransactionStatus status, @Nullable TransactionStatus toStatus,
			@Nullable List<SplitPart> splits) {
		this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, tags, status,
				toStatus, splits, null, null, null, null);
	}

	/** A transaction without tags. */
	public TransactionDraft(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId) {
		this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, null);
	}

	/** A transaction whose status stays as it is (pending when new). */
	public TransactionDraft(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
			@Nullable List<String> tags) {
		this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, tags, null,
				null, null);
	}

	/** A transaction that is not split. */
	public TransactionDraft(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
			@Nullable List<String> tags, @Nullable TransactionStatus status, @Nullable TransactionStatus toStatus) {
		this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, tags, status,
				toStatus, null);
	}

	/**
	 * A transaction whose amount is already money, as schedules and demo data book it.
	 */
	public TransactionDraft(TransactionType type, Money amount, LocalDate date, @Nullable String description,
			@Nullable String category, @Nullable String merchant, @Nullable String notes, UUID accountId,
			@Nullable UUID toAccountId) {
		this(type, amount.amount(), amount.currency().getCurrencyCode(), date, description, category, merchant, notes,
				accountId, toAccountId);
	}

	@Override
	public void check(FieldRules.Problems problems) {
		if (type == TransactionType.TRANSFER) {
			if (toAccountId == null) {
				problems.add("toAccountId", "Choose the account the money goes to");
			}
			else if (toAccountId.equals(accountId)) {
				problems.add("toAccountId", "A transfer needs two different accounts");
			}
		}
		else if (type != null && category == null && splits().isEmpty()) {
			problems.add("category", "Choose a category");
		}
		if (type == TransactionType.TRANSFER && !splits().isEmpty()) {
			problems.add("splits", "A transfer is not split into categories");
		}
		else if (splits().size() == 1) {
			problems.add("splits", "Split into two parts or more, or choose one category");
		}
		else if (splits().size() > MAX_SPLITS) {
			problems.add("splits", "At most " + MAX_SPLITS + " parts");
		}
		for (int i = 0; i < splits().size() && i < MAX_SPLITS; i++) {
			SplitPart part = splits().get(i);
			if (part.category() == null) {
				problems.add("splits[" + i + "].category", "Choose a category for part " + (i + 1));
			}
			if (part.amount() == null) {
				problems.add("splits[" + i + "].amount", "Enter an amount for part " + (i + 1));
			}
			else if (part.amount().signum() <= 0) {
				problems.add("splits[" + i + "].amount", "Part " + (i + 1) + " must be greater than zero");
			}
			if (part.description() != null && part.description().length() > 255) {
				problems.add("splits[" + i + "].description", "At most 255 characters");
			}
		}
		if (type != null && type != TransactionType.TRANSFER) {
			if (toAmount != null) {
				problems.add("toAmount",
						"Only a transfer between accounts of two currencies has an amount that arrives");
			}
			if (toCurrency != null) {
				problems.add("toCurrency", "Only a transfer has a receiving account's currency");
			}
		}
		if (type == TransactionType.TRANSFER && (originalAmount != null || originalCurrency != null)) {
			problems.add((originalAmount != null) ? "originalAmount" : "originalCurrency",
					"A transfer has no original amount: give what arrived as the amount that arrives");
		}
		if (toCurrency != null && !toCurrency.matches("[A-Z]{3}")) {
			problems.add("toCurrency", "A three-letter currency code, such as USD");
		}
		if (originalCurrency != null && !originalCurrency.matches("[A-Z]{3}")) {
			problems.add("originalCurrency", "A three-letter currency code, such as USD");
		}
		if (originalAmount != null && originalCurrency == null) {
			problems.add("originalCurrency", "Enter the currency of the original amount");
		}
		else if (originalAmount == null && originalCurrency != null) {
			problems.add("originalAmount", "Enter the amount in " + originalCurrency);
		}
		String tagProblem = Tags.problem(Tags.normalised(tags));
		if (tagProblem != null) {
			problems.add("tags", tagProblem);
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The command to change some of a transaction's fields: a null field stays as it is,
	 * an empty text clears it, and an empty list of tags removes them all.
	 * {@link TransactionService#patch} merges it onto the stored transaction and checks
	 * the result as a whole {@link TransactionDraft}.
	 */
	public record Patch(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
			@Nullable LocalDate date, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
			@Nullable List<String> tags, @Nullable TransactionStatus status, @Nullable TransactionStatus toStatus,
			@Nullable List<SplitPart> splits, @Nullable BigDecimal toAmount, @Nullable String toCurrency,
			@Nullable BigDecimal originalAmount, @Nullable String originalCurrency) {

		/** A patch that leaves the amounts in other currencies as they are. */
		public Patch(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
				@Nullable LocalDate date, @Nullable String description, @Nullable String category,
				@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
				@Nullable List<String> tags, @Nullable TransactionStatus status, @Nullable TransactionStatus toStatus,
				@Nullable List<SplitPart> splits) {
			this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, tags,
					status, toStatus, splits, null, null, null, null);
		}

		/** A patch that leaves the parts as they are. */
		public Patch(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
				@Nullable LocalDate date, @Nullable String description, @Nullable String category,
				@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
				@Nullable List<String> tags, @Nullable TransactionStatus status, @Nullable TransactionStatus toStatus) {
			this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, tags,
					status, toStatus, null);
		}

		/** A patch that leaves the status as it is. */
		public Patch(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
				@Nullable LocalDate date, @Nullable String description, @Nullable String category,
				@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId, @Nullable UUID toAccountId,
				@Nullable List<String> tags) {
			this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, tags,
					null, null, null);
		}

		/** A patch that leaves the tags as they are. */
		public Patch(@Nullable TransactionType type, @Nullable BigDecimal amount, @Nullable String currency,
				@Nullable LocalDate date, @Nullable String description, @Nullable String category,
				@Nullable String merchant, @Nullable String notes, @Nullable UUID accountId,
				@Nullable UUID toAccountId) {
			this(type, amount, currency, date, description, category, merchant, notes, accountId, toAccountId, null);
		}

		/**
		 * The stored transaction with these changes; a target account stays only on a
		 * transfer (see {@link TransactionDraft}).
		 */
		TransactionDraft onto(TransactionView stored) {
			return new TransactionDraft(or(type, stored.type()), or(amount, stored.amount().amount()), currency,
					or(date, stored.date()), or(description, stored.description()), or(category, stored.category()),
					or(merchant, stored.merchant()), or(notes, stored.notes()), or(accountId, stored.accountId()),
					or(toAccountId, stored.toAccountId()), or(tags, stored.tags()), status, toStatus,
					splitsOnto(stored), toAmountOnto(stored),
					(toCurrency != null) ? toCurrency : storedToCurrency(stored), originalAmountOnto(stored),
					originalCurrencyOnto(stored));
		}

		/**
		 * The amount that arrives as given, or the stored one while the transfer stays
		 * between the same two accounts.
		 */
		private @Nullable BigDecimal toAmountOnto(TransactionView stored) {
			if (toAmount != null) {
				return toAmount;
			}
			return (keepsWhatArrived(stored) && stored.toAmount() != null) ? stored.toAmount().amount() : null;
		}

		private @Nullable String storedToCurrency(TransactionView stored) {
			return (keepsWhatArrived(stored) && stored.toAmount() != null)
					? stored.toAmount().currency().getCurrencyCode() : null;
		}

		/** Whether it stays a transfer between the same two accounts. */
		private boolean keepsWhatArrived(TransactionView stored) {
			return (type == null || type == TransactionType.TRANSFER) && sameAccounts(stored);
		}

		/** Whether it stays an income or expense, which an original amount is kept on. */
		private boolean keepsOriginal(TransactionView stored) {
			return (type != null) ? type != TransactionType.TRANSFER : stored.type() != TransactionType.TRANSFER;
		}

		private boolean sameAccounts(TransactionView stored) {
			return (accountId == null || accountId.equals(stored.accountId()))
					&& (toAccountId == null || toAccountId.equals(stored.toAccountId()));
		}

		/**
		 * The original amount given, else the stored one's; an empty currency removes
		 * both.
		 */
		private @Nullable BigDecimal originalAmountOnto(TransactionView stored) {
			if (originalCurrency != null && originalCurrency.isBlank()) {
				return null;
			}
			if (originalAmount != null) {
				return originalAmount;
			}
			return (keepsOriginal(stored) && stored.originalAmount() != null) ? stored.originalAmount().amount() : null;
		}

		private @Nullable String originalCurrencyOnto(TransactionView stored) {
			if (originalCurrency != null) {
				return originalCurrency;
			}
			return (keepsOriginal(stored) && stored.originalAmount() != null)
					? stored.originalAmount().currency().getCurrencyCode() : null;
		}

		/**
		 * The parts given, or the stored ones; a category given alone, or a transfer,
		 * ends the split.
		 */
		private List<SplitPart> splitsOnto(TransactionView stored) {
			if (splits != null) {
				return splits;
			}
			boolean unsplit = (category != null && !category.isBlank()) || type == TransactionType.TRANSFER;
			return unsplit ? List.of() : stored.splits();
		}

		private static <T> @Nullable T or(@Nullable T change, @Nullable T stored) {
			return (change != null) ? change : stored;
		}

	}

}
