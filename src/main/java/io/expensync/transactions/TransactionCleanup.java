package io.expensync.transactions;

import io.expensync.accounts.AccountDeleting;
import io.expensync.users.UserDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes the transactions of an account or a user being deleted, inside the deleting
 * transaction (see {@link AccountDeleting} and {@link UserDeleting}).
 */
@Component
class TransactionCleanup {

	private final TransactionService transactions;

	TransactionCleanup(TransactionService transactions) {
		this.transactions = transactions;
	}

	/**
	 * Removes the account's transactions and reverses, on the other account, the
	 * transfers it took part in; refuses when one is reconciled there, unless that was
	 * confirmed.
	 */
	@EventListener
	void on(AccountDeleting event) {
		transactions.removeAllOf(event.userId(), event.accountId(), event.confirmReconciled());
	}

	/**
	 * Removes all the user's transactions before their accounts go: a transaction's
	 * account has no cascade, so an account with transactions cannot be deleted, on H2 as
	 * on PostgreSQL.
	 */
	@EventListener
	void on(UserDeleting event) {
		transactions.removeAllOfUser(event.userId());
	}

}
