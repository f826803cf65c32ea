package io.expensync.transactions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.transactions.Transaction.Posting;

import org.springframework.stereotype.Component;

/**
 * Posts balance changes (and the count of rows each account is on) to accounts in
 * account-id order, so concurrent changes queue on the same account rows in the same
 * order instead of deadlocking. The order is the database's: ids compared as unsigned
 * bytes (their text), as PostgreSQL's {@code uuid} and H2's compare them and as
 * {@code order by id} locks them; {@link UUID#compareTo} compares signed halves and would
 * put {@code 9…} before {@code 1…}. Runs inside the caller's transaction.
 */
@Component
class Ledger {

	private final AccountService accounts;

	Ledger(AccountService accounts) {
		this.accounts = accounts;
	}

	static final Comparator<UUID> DATABASE_ORDER = Comparator.comparing(UUID::toString);

	void post(UUID userId, Map<UUID, Posting> postings) {
		Map<UUID, Posting> ordered = new TreeMap<>(DATABASE_ORDER);
		ordered.putAll(postings);
		ordered.forEach((account, posting) -> {
			if (!posting.changesNothing()) {
				accounts.post(userId, account, posting.amount(), posting.booked(), posting.received());
			}
		});
	}

	/** See {@link AccountService#lockAll}. */
	void lockAccounts(UUID userId) {
		accounts.lockAll(userId);
	}

	void reverse(UUID userId, Map<UUID, Posting> postings) {
		Map<UUID, Posting> negated = new HashMap<>();
		postings.forEach((account, posting) -> negated.put(account, posting.negate()));
		post(userId, negated);
	}

	/** Adds the postings of {@code transaction} to a running total per account. */
	static void add(Map<UUID, Posting> total, Transaction transaction) {
		add(total, transaction.postings());
	}

	static void add(Map<UUID, Posting> total, Map<UUID, Posting> postings) {
		postings.forEach((account, posting) -> total.merge(account, posting, Posting::plus));
	}

}
