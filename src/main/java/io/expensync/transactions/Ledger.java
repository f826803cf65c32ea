package io.expensync.transactions;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.expensync.accounts.AccountService;

import org.springframework.stereotype.Component;

/**
 * Posts balance changes to accounts in account-id order, so concurrent changes queue on
 * the same account rows in the same order instead of deadlocking. Runs inside the
 * caller's transaction.
 */
@Component
class Ledger {

	private final AccountService accounts;

	Ledger(AccountService accounts) {
		this.accounts = accounts;
	}

	void post(UUID userId, Map<UUID, BigDecimal> deltas) {
		new TreeMap<>(deltas).forEach((account, delta) -> {
			if (delta.signum() != 0) {
				accounts.post(userId, account, delta);
			}
		});
	}

	void reverse(UUID userId, Map<UUID, BigDecimal> deltas) {
		Map<UUID, BigDecimal> negated = new TreeMap<>();
		deltas.forEach((account, delta) -> negated.put(account, delta.negate()));
		post(userId, negated);
	}

	/** Adds the postings of {@code transaction} to a running total per account. */
	static void add(Map<UUID, BigDecimal> total, Transaction transaction) {
		transaction.postings().forEach((account, delta) -> total.merge(account, delta, BigDecimal::add));
	}

}
