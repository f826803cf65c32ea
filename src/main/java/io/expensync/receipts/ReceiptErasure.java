package io.expensync.receipts;

import io.expensync.users.UserDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted user's receipt files once the deletion has committed (their rows went
 * with the user's row): a rolled-back deletion keeps them.
 */
@Component
class ReceiptErasure {

	private static final Logger log = LoggerFactory.getLogger(ReceiptErasure.class);

	private final ReceiptFiles files;

	ReceiptErasure(ReceiptFiles files) {
		this.files = files;
	}

	@TransactionalEventListener
	void on(UserDeleted deleted) {
		try {
			files.deleteAllOf(deleted.userId());
		}
		catch (RuntimeException ex) {
			// the account is gone either way; an operator can remove the folder by hand
			log.error("Could not remove the receipt files of deleted user {}", deleted.userId(), ex);
		}
	}

}
