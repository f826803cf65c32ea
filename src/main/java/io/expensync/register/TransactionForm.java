package io.expensync.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.recurring.RecurrenceInterval;
import io.expensync.recurring.RecurrenceRequest;
import io.expensync.transactions.SplitPart;
import io.expensync.transactions.Tags;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionStatus;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The add/edit transaction page's form, as {@code th:field} binds it: it only turns into
 * a {@link TransactionDraft}, which {@link TransactionService} checks.
 */
public class TransactionForm {

	private @Nullable TransactionType type = TransactionType.EXPENSE;

	private String amount = "";

	private @Nullable UUID accountId;

	private @Nullable UUID toAccountId;

	/** What arrives on the receiving account of a transfer between two currencies. */
	private String toAmount = "";

	/** What an income or expense came to in the currency it was made in, if another. */
	private String originalAmount = "";

	private String originalCurrency = "";

	private String category = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	private String description = "";

	private String merchant = "";

	private String notes = "";

	/** The tags, separated by commas. */
	private String tags = "";

	/**
	 * The parts of a split income or expense; rows left empty (no category, no amount)
	 * are no parts.
	 */
	private List<SplitRow> splits = new ArrayList<>();

	/** Whether the bank has booked it on the account (the sending one of a transfer). */
	private TransactionStatus status = TransactionStatus.PENDING;

	/**
	 * The user's yes to changing the money of a transaction reconciled with a statement.
	 */
	private boolean confirmReconciled;

	/**
	 * A receipt uploaded (and perhaps scanned) on this form, to keep with the
	 * transaction.
	 */
	private @Nullable UUID receiptId;

	private boolean recurring;

	private RecurrenceInterval interval = RecurrenceInterval.MONTHLY;

	private int every = 1;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate until;

	static TransactionForm of(TransactionView transaction) {
		TransactionForm form = new TransactionForm();
		form.type = transaction.type();
		form.amount = transaction.amount().toPlainString();
		form.accountId = transaction.accountId();
		form.toAccountId = transaction.toAccountId();
		form.toAmount = (transaction.toAmount() != null) ? transaction.toAmount().toPlainString() : "";
		if (transaction.originalAmount() != null) {
			form.originalAmount = transaction.originalAmount().toPlainString();
			form.originalCurrency = transaction.originalAmount().currency().getCurrencyCode();
		}
		form.category = transaction.category() == null ? "" : transaction.category();
		form.date = transaction.date();
		form.description = orEmpty(transaction.description());
		form.merchant = orEmpty(transaction.merchant());
		form.notes = orEmpty(transaction.notes());
		form.tags = Tags.joined(transaction.tags());
		form.status = transaction.status();
		transaction.splits()
			.forEach((part) -> form.splits.add(new SplitRow(orEmpty(part.category()),
					(part.amount() != null) ? part.amount().toPlainString() : "", orEmpty(part.description()))));
		return form;
	}

	/**
	 * The command this form asks for, in the currency of the chosen account. An amount
	 * that is not a number is rejected in {@code result} and left out, so that the
	 * service refuses the command and names the other problems too.
	 */
	TransactionDraft toCommand(BindingResult result) {
		// the fields of the other types stay in the page, hidden: read (what is not a
		// number is refused), but only this type's count
		boolean transfer = type == TransactionType.TRANSFER;
		BigDecimal arrived = optionalNumber("toAmount", toAmount, result);
		BigDecimal original = optionalNumber("originalAmount", originalAmount, result);
		@Nullable BigDecimal number = null;
		try {
			number = MoneyInput.number("amount", amount);
		}
		catch (InvalidFieldException ex) {
			ex.rejectIn(result);
		}
		return new TransactionDraft(type, number, null, date, description, category, merchant, notes, accountId,
				toAccountId, Tags.parse(tags), status, null, parts(result), transfer ? arrived : null, null,
				transfer ? null : original, transfer ? null : originalCurrency);
	}

	/**
	 * A number the form may leave empty; one that is not a number is rejected in
	 * {@code result} and left out.
	 */
	private static @Nullable BigDecimal optionalNumber(String field, String text, BindingResult result) {
		if (text.isBlank()) {
			return null;
		}
		try {
			BigDecimal number = MoneyInput.number(field, text);
			if (number != null && number.abs().compareTo(Money.LIMIT) >= 0) {
				throw new InvalidFieldException(field,
						"The amount must be smaller than " + Money.LIMIT.toPlainString());
			}
			return number;
		}
		catch (InvalidFieldException ex) {
			ex.rejectIn(result);
			return null;
		}
	}

	/**
	 * The parts the rows give, in order; a row with neither category nor amount is
	 * dropped, and an amount that is not a number is rejected in {@code result} at its
	 * row.
	 */
	private List<SplitPart> parts(BindingResult result) {
		// the rows left are the parts, so that a problem with part i shows at row i
		splits.removeIf((row) -> row.getCategory().isBlank() && row.getAmount().isBlank());
		List<SplitPart> parts = new ArrayList<>();
		for (int i = 0; i < splits.size(); i++) {
			SplitRow row = splits.get(i);
			String field = "splits[" + i + "].amount";
			BigDecimal part = null;
			try {
				part = MoneyInput.number(field, row.getAmount());
			}
			catch (InvalidFieldException ex) {
				result.rejectValue(field, "invalid", String.valueOf(ex.getMessage()));
			}
			parts.add(new SplitPart(row.getCategory(), part, row.getDescription()));
		}
		return parts;
	}

	/** What the recurring switch asks for, if it is on. */
	@Nullable RecurrenceRequest recurrence() {
		return recurring ? new RecurrenceRequest(interval, every, until) : null;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public String getToAmount() {
		return toAmount;
	}

	public void setToAmount(@Nullable String toAmount) {
		this.toAmount = (toAmount == null) ? "" : toAmount;
	}

	public String getOriginalAmount() {
		return originalAmount;
	}

	public void setOriginalAmount(@Nullable String originalAmount) {
		this.originalAmount = (originalAmount == null) ? "" : originalAmount;
	}

	public String getOriginalCurrency() {
		return originalCurrency;
	}

	public void setOriginalCurrency(@Nullable String originalCurrency) {
		this.originalCurrency = (originalCurrency == null) ? "" : originalCurrency;
	}

	public @Nullable TransactionType getType() {
		return type;
	}

	public void setType(@Nullable TransactionType type) {
		this.type = type;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public @Nullable UUID getAccountId() {
		return accountId;
	}

	public void setAccountId(@Nullable UUID accountId) {
		this.accountId = accountId;
	}

	public @Nullable UUID getToAccountId() {
		return toAccountId;
	}

	public void setToAccountId(@Nullable UUID toAccountId) {
		this.toAccountId = toAccountId;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getMerchant() {
		return merchant;
	}

	public void setMerchant(String merchant) {
		this.merchant = merchant;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<SplitRow> getSplits() {
		return splits;
	}

	public void setSplits(List<SplitRow> splits) {
		this.splits = splits;
	}

	/** One row of the split editor, as the form sends it. */
	public static class SplitRow {

		private String category = "";

		private String amount = "";

		private String description = "";

		public SplitRow() {
		}

		SplitRow(String category, String amount, String description) {
			this.category = category;
			this.amount = amount;
			this.description = description;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(@Nullable String category) {
			this.category = (category != null) ? category : "";
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(@Nullable String amount) {
			this.amount = (amount != null) ? amount : "";
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = (description != null) ? description : "";
		}

	}

	public TransactionStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable TransactionStatus status) {
		this.status = (status != null) ? status : TransactionStatus.PENDING;
	}

	public boolean isConfirmReconciled() {
		return confirmReconciled;
	}

	public void setConfirmReconciled(boolean confirmReconciled) {
		this.confirmReconciled = confirmReconciled;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public @Nullable UUID getReceiptId() {
		return receiptId;
	}

	public void setReceiptId(@Nullable UUID receiptId) {
		this.receiptId = receiptId;
	}

	public boolean isRecurring() {
		return recurring;
	}

	public void setRecurring(boolean recurring) {
		this.recurring = recurring;
	}

	public RecurrenceInterval getInterval() {
		return interval;
	}

	public void setInterval(RecurrenceInterval interval) {
		this.interval = interval;
	}

	public int getEvery() {
		return every;
	}

	public void setEvery(int every) {
		this.every = every;
	}

	public @Nullable LocalDate getUntil() {
		return until;
	}

	public void setUntil(@Nullable LocalDate until) {
		this.until = until;
	}

}
