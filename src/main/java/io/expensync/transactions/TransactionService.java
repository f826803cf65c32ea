package io.expensync.transactions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.accounts.ReconciledTransfersRefused;
import io.expensync.money.Money;
import io.expensync.transactions.Transaction.Amounts;
import io.expensync.transactions.Transaction.Posting;
import io.expensync.web.InvalidInputException.Problem;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Records, changes and deletes transactions. Each use case is one database transaction
 * that writes the transaction row first and then posts the balance changes to the
 * accounts, always in account-id order, so concurrent changes queue on the same rows in
 * the same order instead of deadlocking.
 */
@Service
public class TransactionService {

	private final TransactionRepository transactions;

	private final DraftCheck check;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The filings in their order, looked up at the first record: a lookup by type walks
	 * every bean definition: 1.6 % of a create's time in the app (JDK Flight Recorder).
	 */
	private final SingletonSupplier<List<DraftFiling>> filings;

	TransactionService(TransactionRepository transactions, DraftCheck check, Ledger ledger,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<DraftFiling> filings) {
		this.transactions = transactions;
		this.check = check;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
		this.filings = SingletonSupplier.of(() -> filings.orderedStream().toList());
	}

	@Transactional
	public TransactionView record(UUID userId, TransactionDraft draft) {
		return record(userId, draft, List.of());
	}

	/**
	 * Records the transaction unless its draft, or what the caller checked with it (the
	 * schedule it is to start), is wrong: then refuses with all the problems at once, the
	 * caller's first. Before the check, every {@link DraftFiling} files the draft (the
	 * user's rules, learnt categories).
	 * @throws io.expensync.web.InvalidInputException naming every problem
	 */
	@Transactional
	public TransactionView record(UUID userId, TransactionDraft asGiven, List<Problem> alsoWrong) {
		TransactionDraft draft = asGiven;
		for (DraftFiling filing : filings.obtain()) {
			draft = filing.file(userId, draft);
		}
		Amounts amounts = check.amounts(userId, draft, null, withStatusProblems(draft, null, alsoWrong));
		Transaction transaction = new Transaction(userId, draft, amounts, clock.instant());
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
		return amend(userId, id, draft, false);
	}

	/**
	 * Replaces the transaction's fields; a change to the money of a reconciled one only
	 * when {@code reconciledConfirmed}.
	 * @throws ReconciledChangeRefused when it is reconciled, the change moves money and
	 * it was not confirmed
	 */
	@Transactional
	public TransactionView amend(UUID userId, UUID id, TransactionDraft draft, boolean reconciledConfirmed) {
		return amend(userId, find(userId, id), draft, reconciledConfirmed);
	}

	/**
	 * Changes the fields the patch gives; the others stay. The result is checked as a
	 * whole draft, as {@link #amend} checks one.
	 */
	@Transactional
	public TransactionView patch(UUID userId, UUID id, TransactionDraft.Patch patch) {
		return patch(userId, id, patch, false);
	}

	/** As {@link #patch}, and as {@link #amend} for a reconciled transaction. */
	@Transactional
	public TransactionView patch(UUID userId, UUID id, TransactionDraft.Patch patch, boolean reconciledConfirmed) {
		Transaction transaction = find(userId, id);
		return amend(userId, transaction, patch.onto(transaction.view()), reconciledConfirmed);
	}

	private TransactionView amend(UUID userId, Transaction transaction, TransactionDraft draft,
			boolean reconciledConfirmed) {
		TransactionView was = transaction.view();
		Amounts amounts = check.amounts(userId, draft, transaction, withStatusProblems(draft, was, List.of()));
		if (!reconciledConfirmed && was.reconciled() && movesMoney(was, draft, amounts)) {
			throw ReconciledChangeRefused.changing(was.title());
		}
		Map<UUID, Posting> net = new TreeMap<>(Transaction.postings(draft, amounts));
		transaction.postings().forEach((account, posting) -> net.merge(account, posting.negate(), Posting::plus));
		// balances first, as in record: the accounts are locked before the row refers
		// to them
		ledger.post(userId, net);
		transaction.amend(draft, amounts, clock.instant());
		transactions.flush();
		published(userId, transaction);
		events.publishEvent(new TransactionChanged(userId, transaction.id(), was, transaction.view()));
		return transaction.view();
	}

	@Transactional
	public void delete(UUID userId, UUID id) {
		delete(userId, id, false);
	}

	/**
	 * Deletes the transaction; a reconciled one only when {@code reconciledConfirmed}.
	 * @throws ReconciledChangeRefused when it is reconciled and that was not confirmed
	 */
	@Transactional
	public void delete(UUID userId, UUID id, boolean reconciledConfirmed) {
		Transaction transaction = find(userId, id);
		// read before the row (and its tags) is gone
		TransactionView was = transaction.view();
		if (!reconciledConfirmed && was.reconciled()) {
			throw ReconciledChangeRefused.deleting(was.title());
		}
		// balances first, then the row, as in record
		ledger.reverse(userId, transaction.postings());
		transactions.delete(transaction);
		transactions.flush();
		published(userId, was);
		events.publishEvent(new TransactionChanged(userId, id, was, null));
	}

	/**
	 * Removes every transaction that touches the account and reverses, on the other
	 * account, the transfers it took part in. Called while the account is being deleted.
	 * @throws ReconciledTransfersRefused when a transfer is reconciled on the other
	 * account and {@code confirmReconciled} is false; nothing is removed
	 */
	@Transactional
	public void removeAllOf(UUID userId, UUID accountId, boolean confirmReconciled) {
		List<Transaction> touching = transactions.findTouching(userId, accountId);
		long reconciledElsewhere = touching.stream()
			.filter(transaction -> transaction.reconciledBeyond(accountId))
			.count();
		if (reconciledElsewhere > 0 && !confirmReconciled) {
			throw new ReconciledTransfersRefused(reconciledElsewhere);
		}
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

	/**
	 * The caller's problems, and a reconciled status asked for that the transaction does
	 * not have already: only a reconciliation reconciles.
	 */
	private static List<Problem> withStatusProblems(TransactionDraft draft, @Nullable TransactionView stored,
			List<Problem> alsoWrong) {
		boolean newlyReconciled = (draft.status() == TransactionStatus.RECONCILED
				&& (stored == null || stored.status() != TransactionStatus.RECONCILED))
				|| (draft.toStatus() == TransactionStatus.RECONCILED
						&& (stored == null || stored.toStatus() != TransactionStatus.RECONCILED));
		if (!newlyReconciled) {
			return alsoWrong;
		}
		List<Problem> problems = new ArrayList<>(alsoWrong);
		problems.add(new Problem("status",
				"Only reconciling the account with a statement marks a transaction reconciled; choose pending or cleared"));
		return problems;
	}

	/**
	 * Whether the change moves money as a statement shows it: another amount, type, date
	 * or account, or a side taken out of its reconciliation.
	 */
	private static boolean movesMoney(TransactionView was, TransactionDraft draft, Amounts amounts) {
		return was.type() != draft.type() || was.amount().amount().compareTo(amounts.amount().amount()) != 0
				|| !Objects.equals(was.toAmount(), amounts.toAmount()) || !was.date().equals(draft.date())
				|| !was.accountId().equals(draft.accountId()) || !Objects.equals(was.toAccountId(), draft.toAccountId())
				|| unreconciles(was.status(), draft.status()) || unreconciles(was.toStatus(), draft.toStatus());
	}

	private static boolean unreconciles(@Nullable TransactionStatus was, @Nullable TransactionStatus asked) {
		return was == TransactionStatus.RECONCILED && asked != null && asked != TransactionStatus.RECONCILED;
	}

	private void published(UUID userId, Transaction transaction) {
		published(userId, transaction.view());
	}

	private void published(UUID userId, TransactionView view) {
		events.publishEvent(new TransactionRecorded(userId, view.id(), view.type(), view.date()));
	}

	private Transaction find(UUID userId, UUID id) {
		return transactions.findByIdAndUserId(id, userId).orElseThrow(() -> new TransactionNotFoundException(id));
	}

}
