package io.expensync.receipts;

import io.expensync.users.UserDeleted;

import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Removes a deleted user's receipt files once the deletion has committed (their rows went
 * with the user's row): a rolled-back deletion keeps them. It runs asynchronously, and
 * the event publication registry hands it the deletion again if the node stopped first.
 */
@Component
class ReceiptErasure {

	private final ReceiptFiles files;

	ReceiptErasure(ReceiptFiles files) {
		this.files = files;
	}

	@ApplicationModuleListener
	void on(UserDeleted deleted) {
		// a failure is thrown: the registry keeps the deletion and it is tried again
		// later
		files.deleteAllOf(deleted.userId());
	}

}
