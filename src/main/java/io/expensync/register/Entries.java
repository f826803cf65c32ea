package io.expensync.register;

import java.util.UUID;

import io.expensync.receipts.ReceiptUploads.AttachedReceipt;
import io.expensync.receipts.ReceiptUploads;
import io.expensync.recurring.RecurrenceRequest;
import io.expensync.recurring.SchedulesFromTransactions;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's entries: a transaction with the receipt kept with it and, when it is
 * new, the schedule it starts. Each use case is one database transaction, so the
 * transaction, its schedule and its receipt are saved all or nothing.
 */
@Service
public class Entries {

	private final TransactionService transactions;

	private final SchedulesFromTransactions schedules;

	private final ReceiptUploads receipts;

	Entries(TransactionService transactions, SchedulesFromTransactions schedules, ReceiptUploads receipts) {
		this.transactions = transactions;
		this.schedules = schedules;
		this.receipts = receipts;
	}

	/** A transaction and the receipt kept with it, if it has one. */
	public record Entry(TransactionView transaction, @Nullable AttachedReceipt receipt) {
	}

	/** The user's transaction with its receipt; someone else's is not found. */
	@Transactional(readOnly = true)
	public Entry get(UUID userId, UUID id) {
		TransactionView transaction = transactions.get(userId, id);
		return new Entry(transaction, receipts.keptWith(userId, id).orElse(null));
	}

	/**
	 * Records the transaction, once or as the first of a schedule, and keeps the uploaded
	 * receipt with it.
	 */
	@Transactional
	public TransactionView record(UUID userId, TransactionDraft draft, @Nullable RecurrenceRequest recurrence,
			@Nullable UUID receiptId) {
		TransactionView saved = (recurrence != null) ? recordFirstOf(userId, draft, recurrence)
				: transactions.record(userId, draft);
		keep(userId, saved.id(), receiptId);
		return saved;
	}

	/**
	 * Records the transaction as the first occurrence of a new schedule, refused with the
	 * schedule's problems and its own all at once.
	 */
	private TransactionView recordFirstOf(UUID userId, TransactionDraft draft, RecurrenceRequest recurrence) {
		TransactionView first = transactions.record(userId, draft, schedules.problems(recurrence, draft.date()));
		schedules.start(userId, first.id(), recurrence);
		// now linked to its schedule
		return transactions.get(userId, first.id());
	}

	/**
	 * Replaces the transaction's fields and keeps a newly uploaded receipt with it; the
	 * money of a reconciled one changes only when {@code reconciledConfirmed}.
	 */
	@Transactional
	public TransactionView amend(UUID userId, UUID id, TransactionDraft draft, @Nullable UUID receiptId,
			boolean reconciledConfirmed) {
		TransactionView saved = transactions.amend(userId, id, draft, reconciledConfirmed);
		keep(userId, id, receiptId);
		return saved;
	}

	/**
	 * Changes the fields the patch gives and keeps a newly uploaded receipt with the
	 * transaction.
	 */
	@Transactional
	public TransactionView patch(UUID userId, UUID id, TransactionDraft.Patch patch, @Nullable UUID receiptId,
			boolean reconciledConfirmed) {
		TransactionView saved = transactions.patch(userId, id, patch, reconciledConfirmed);
		keep(userId, id, receiptId);
		return saved;
	}

	/** Deletes the user's transaction and answers what it was. */
	@Transactional
	public TransactionView delete(UUID userId, UUID id, boolean reconciledConfirmed) {
		TransactionView deleted = transactions.get(userId, id);
		transactions.delete(userId, id, reconciledConfirmed);
		return deleted;
	}

	private void keep(UUID userId, UUID transactionId, @Nullable UUID receiptId) {
		if (receiptId != null) {
			receipts.attach(userId, transactionId, receiptId);
		}
	}

}
