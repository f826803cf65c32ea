package io.expensync.transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and deletes transactions. Each use case is one database transaction
 * that writes the transaction row first and then posts the balance changes to the
 * accounts, always in account-id order, so concurrent changes queue on the same rows in
 * the same order instead of deadlocking.
 */
@Service
public class TransactionService {

	/** How far back a new schedule may start; its missed dates are booked at once. */
	static final Period SCHEDULE_STARTS_BACK = Period.ofYears(1);

	private final TransactionRepository transactions;

	private final AccountService accounts;

	private final CategoryService categories;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<TransactionReceipts> receipts;

	private final Clock clock;

	TransactionService(TransactionRepository transactions, AccountService accounts, CategoryService categories,
			Ledger ledger, ApplicationEventPublisher events, ObjectProvider<TransactionReceipts> receipts,
			Clock clock) {
		this.transactions = transactions;
		this.accounts = accounts;
		this.categories = categories;
		this.ledger = ledger;
		this.events = events;
		this.receipts = receipts;
		this.clock = clock;
	}

	@Transactional
	public TransactionView record(UUID userId, TransactionDraft draft) {
		check(userId, draft, null);
		Transaction transaction = new Transaction(userId, draft, clock.instant());
		// Balances first, then the row: the updates lock the accounts in the ledger's
		// order, as deleting an account does, before the row's foreign keys share-lock
		// them in column order (which a deletion waiting on the other account would
		// deadlock with).
		ledger.post(userId, transaction.postings());
		transactions.saveAndFlush(transaction);
		published(userId, transaction);
		events.publishEvent(new TransactionChanged(userId, transaction.id(), null, transaction.view()));
		return transaction.view();
	}

	/**
	 * Records the transaction as the first occurrence of a new schedule, which the
	 * {@code recurring} module makes in the same database transaction (see
	 * {@link RecurrenceRequested}).
	 */
	@Transactional
	public TransactionView recordRecurring(UUID userId, TransactionDraft draft, RecurrenceRequest recurrence) {
		// a schedule started long ago books every missed date at once: a daily one from
		// 1900 would be 46,000 transactions in one request
		LocalDate earliest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minus(SCHEDULE_STARTS_BACK);
		if (draft.date().isBefore(earliest)) {
			throw new InvalidFieldException("date",
					"A repeating transaction can start at most a year back (%s); enter older ones on their own"
						.formatted(earliest));
		}
		if (recurrence.until() != null && recurrence.until().isBefore(draft.date())) {
			throw new InvalidFieldException("until", "The schedule cannot end before its first date");
		}
		TransactionView first = record(userId, draft);
		events.publishEvent(new RecurrenceRequested(userId, first.id(), recurrence));
		return get(userId, first.id());
	}

	/**
	 * Records the transaction from the form: one-time or the first of a schedule, with
	 * the uploaded receipt kept with it, all or nothing.
	 */
	@Transactional
	public TransactionView record(UUID userId, TransactionDraft draft, @Nullable RecurrenceRequest recurrence,
			@Nullable UUID receiptId) {
		TransactionView saved = (recurrence != null) ? recordRecurring(userId, draft, recurrence)
				: record(userId, draft);
		attachReceipt(userId, saved.id(), receiptId);
		return saved;
	}

	/**
	 * Amends the transaction and keeps a newly uploaded receipt with it, all or nothing.
	 */
	@Transactional
	public TransactionView amend(UUID userId, UUID id, TransactionDraft draft, @Nullable UUID receiptId) {
		TransactionView saved = amend(userId, id, draft);
		attachReceipt(userId, id, receiptId);
		return saved;
	}

	/**
	 * The receipt kept with the user's transaction, if any (the lookup is scoped to the
	 * user, so another user's transaction id finds nothing).
	 */
	@Transactional(readOnly = true)
	public Optional<TransactionReceipts.AttachedReceipt> receipt(UUID userId, UUID id) {
		TransactionReceipts kept = receipts.getIfAvailable();
		return (kept != null) ? kept.find(userId, id) : Optional.empty();
	}

	private void attachReceipt(UUID userId, UUID transactionId, @Nullable UUID receiptId) {
		if (receiptId == null) {
			return;
		}
		TransactionReceipts kept = receipts.getIfAvailable();
		if (kept == null) {
			throw new InvalidFieldException("receiptId", "Receipts cannot be kept here");
		}
		kept.attach(userId, transactionId, receiptId);
	}

	/**
	 * Records one due occurrence of a schedule: a normal transaction, linked to the
	 * schedule.
	 */
	@Transactional
	public TransactionView recordOccurrence(UUID userId, UUID ruleId, TransactionDraft draft) {
		TransactionView recorded = record(userId, draft);
		linkToSchedule(userId, recorded.id(), ruleId);
		return get(userId, recorded.id());
	}

	/** Marks the transaction as an occurrence of the schedule. */
	@Transactional
	public void linkToSchedule(UUID userId, UUID transactionId, UUID ruleId) {
		find(userId, transactionId).belongTo(ruleId);
		transactions.flush();
	}

	/**
	 * Replaces the transaction's fields; balances move by the difference, on the old and
	 * the new accounts.
	 */
	@Transactional
	public TransactionView amend(UUID userId, UUID id, TransactionDraft draft) {
		Transaction transaction = find(userId, id);
		check(userId, draft, transaction);
		TransactionView was = transaction.view();
		Map<UUID, Posting> net = new TreeMap<>(Transaction.postings(draft));
		transaction.postings().forEach((account, posting) -> net.merge(account, posting.negate(), Posting::plus));
		// balances first, as in record: the accounts are locked before the row refers
		// to them
		ledger.post(userId, net);
		transaction.amend(draft, clock.instant());
		transactions.flush();
		published(userId, transaction);
		events.publishEvent(new TransactionChanged(userId, id, was, transaction.view()));
		return transaction.view();
	}

	@Transactional
	public void delete(UUID userId, UUID id) {
		Transaction transaction = find(userId, id);
		// balances first, then the row, as in record
		ledger.reverse(userId, transaction.postings());
		transactions.delete(transaction);
		transactions.flush();
		published(userId, transaction);
		events.publishEvent(new TransactionChanged(userId, id, transaction.view(), null));
	}

	/**
	 * Removes every transaction that touches the account and reverses, on the other
	 * account, the transfers it took part in. Called while the account is being deleted.
	 */
	@Transactional
	public void removeAllOf(UUID userId, UUID accountId) {
		List<Transaction> touching = transactions.findTouching(userId, accountId);
		transactions.deleteAll(touching);
		transactions.flush();
		Map<UUID, Posting> others = new TreeMap<>();
		touching.forEach(transaction -> Ledger.add(others, transaction));
		others.remove(accountId);
		ledger.reverse(userId, others);
	}

	/**
	 * Removes every transaction of the user, without postings: their accounts are being
	 * deleted with them. Called while the user is being deleted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void removeAllOfUser(UUID userId) {
		transactions.deleteAllOfUser(userId);
	}

	@Transactional(readOnly = true)
	public TransactionView get(UUID userId, UUID id) {
		return find(userId, id).view();
	}

	private void check(UUID userId, TransactionDraft draft, @Nullable Transaction existing) {
		LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(1);
		if (draft.date().isBefore(TransactionDraft.EARLIEST) || draft.date().isAfter(latest)) {
			throw new InvalidFieldException("date",
					"The date must lie between %s and %s".formatted(TransactionDraft.EARLIEST, latest));
		}
		AccountView account = accounts.get(userId, draft.accountId());
		if (!account.currency().equals(draft.amount().currency())) {
			throw new InvalidFieldException("amount",
					"The account \"%s\" is kept in %s".formatted(account.name(), account.currency()));
		}
		if (draft.toAccountId() != null) {
			AccountView to = accounts.get(userId, draft.toAccountId());
			if (!to.currency().equals(account.currency())) {
				throw new InvalidFieldException("toAccountId",
						"Transfers between %s and %s accounts are not supported yet".formatted(account.currency(),
								to.currency()));
			}
		}
		draft.type().categoryType().ifPresent(type -> {
			boolean unchanged = existing != null && Objects.equals(existing.category(), draft.category())
					&& existing.type() == draft.type();
			if (unchanged) {
				categories.require(userId, draft.category(), type);
			}
			else {
				categories.requireActive(userId, draft.category(), type);
			}
		});
	}

	private void published(UUID userId, Transaction transaction) {
		TransactionView view = transaction.view();
		events.publishEvent(new TransactionRecorded(userId, view.id(), view.type(), view.date()));
	}

	private Transaction find(UUID userId, UUID id) {
		return transactions.findByIdAndUserId(id, userId).orElseThrow(() -> new TransactionNotFoundException(id));
	}

}
