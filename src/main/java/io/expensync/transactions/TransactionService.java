package io.expensync.transactions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.Transaction.Posting;
import io.expensync.web.InvalidInputException.Problem;

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

	private final TransactionRepository transactions;

	private final DraftCheck check;

	private final Ledger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<DraftFiling> filings;

	TransactionService(TransactionRepository transactions, DraftCheck check, Ledger ledger,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<DraftFiling> filings) {
		this.transactions = transactions;
		this.check = check;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
		this.filings = filings;
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
		for (DraftFiling filing : filings.orderedStream().toList()) {
			draft = filing.file(userId, draft);
		}
		Money amount = check.amount(userId, draft, null, alsoWrong);
		Transaction transaction = new Transaction(userId, draft, amount, clock.instant());
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
		return amend(userId, find(userId, id), draft);
	}

	/**
	 * Changes the fields the patch gives; the others stay. The result is checked as a
	 * whole draft, as {@link #amend} checks one.
	 */
	@Transactional
	public TransactionView patch(UUID userId, UUID id, TransactionDraft.Patch patch) {
		Transaction transaction = find(userId, id);
		return amend(userId, transaction, patch.onto(transaction.view()));
	}

	private TransactionView amend(UUID userId, Transaction transaction, TransactionDraft draft) {
		Money amount = check.amount(userId, draft, transaction, List.of());
		TransactionView was = transaction.view();
		Map<UUID, Posting> net = new TreeMap<>(Transaction.postings(draft, amount));
		transaction.postings().forEach((account, posting) -> net.merge(account, posting.negate(), Posting::plus));
		// balances first, as in record: the accounts are locked before the row refers
		// to them
		ledger.post(userId, net);
		transaction.amend(draft, amount, clock.instant());
		transactions.flush();
		published(userId, transaction);
		events.publishEvent(new TransactionChanged(userId, transaction.id(), was, transaction.view()));
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

	private void published(UUID userId, Transaction transaction) {
		TransactionView view = transaction.view();
		events.publishEvent(new TransactionRecorded(userId, view.id(), view.type(), view.date()));
	}

	private Transaction find(UUID userId, UUID id) {
		return transactions.findByIdAndUserId(id, userId).orElseThrow(() -> new TransactionNotFoundException(id));
	}

}
