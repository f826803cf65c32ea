package io.expensync.transactions;

import io.expensync.users.UserDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted user's transactions inside the deleting transaction, before their
 * accounts go (see {@link UserDeleting}): a transaction's account has no cascade, so an
 * account with transactions cannot be deleted, on H2 as on PostgreSQL.
 */
@Component
class UserErasure {

	private final TransactionService transactions;

	UserErasure(TransactionService transactions) {
		this.transactions = transactions;
	}

	@EventListener
	void on(UserDeleting event) {
		transactions.removeAllOfUser(event.userId());
	}

}
