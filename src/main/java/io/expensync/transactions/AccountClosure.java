package io.expensync.transactions;

import io.expensync.accounts.AccountDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted account's transactions inside the deleting transaction (see
 * {@link AccountDeleting}).
 */
@Component
class AccountClosure {

	private final TransactionService transactions;

	AccountClosure(TransactionService transactions) {
		this.transactions = transactions;
	}

	@EventListener
	void on(AccountDeleting event) {
		transactions.removeAllOf(event.userId(), event.accountId());
	}

}
