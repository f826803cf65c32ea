package io.expensync.transactions;

import java.time.LocalDate;
import java.util.UUID;

import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.web.MoneyInput;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The add/edit transaction page's form. The amount is read in the currency of the chosen
 * account.
 */
public class TransactionForm {

	@NotNull(message = "Choose income, expense or transfer")
	private TransactionType type = TransactionType.EXPENSE;

	@Size(max = 30, message = "That is not an amount")
	private String amount = "";

	@NotNull(message = "Choose an account")
	private @Nullable UUID accountId;

	private @Nullable UUID toAccountId;

	@Size(max = 60)
	private String category = "";

	@NotNull(message = "Enter a date")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@Size(max = 255, message = "At most 255 characters")
	private String description = "";

	@Size(max = 120, message = "At most 120 characters")
	private String merchant = "";

	@Size(max = 2000, message = "At most 2000 characters")
	private String notes = "";

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
		form.category = transaction.category() == null ? "" : transaction.category();
		form.date = transaction.date();
		form.description = orEmpty(transaction.description());
		form.merchant = orEmpty(transaction.merchant());
		form.notes = orEmpty(transaction.notes());
		return form;
	}

	TransactionDraft toDraft(AccountView account) {
		return new TransactionDraft(type, toAmount(account), date, description, category, merchant, notes, account.id(),
				toAccountId);
	}

	Money toAmount(AccountView account) {
		return MoneyInput.parsePositive("amount", amount, account.currency());
	}

	/** What the recurring switch asks for, if it is on. */
	@Nullable RecurrenceRequest recurrence() {
		return recurring ? new RecurrenceRequest(interval, every, until) : null;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public TransactionType getType() {
		return type;
	}

	public void setType(TransactionType type) {
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
