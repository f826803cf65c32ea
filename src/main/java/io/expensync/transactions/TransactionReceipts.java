package io.expensync.transactions;

import java.util.Optional;
import java.util.UUID;

/**
 * The receipt kept with a transaction. Implemented by the {@code receipts} module, which
 * stores the files; the transaction form attaches an uploaded receipt through it in the
 * same database transaction as the transaction itself.
 */
public interface TransactionReceipts {

	/**
	 * Keeps the user's uploaded receipt with the transaction, replacing any it had.
	 * @throws io.expensync.web.InvalidFieldException on {@code receiptId} when the
	 * receipt is not the user's or already belongs to another transaction
	 */
	void attach(UUID userId, UUID transactionId, UUID receiptId);

	/** The receipt kept with the user's transaction, if it has one. */
	Optional<AttachedReceipt> find(UUID userId, UUID transactionId);

	/** A receipt kept with a transaction: where to view it and what it is. */
	record AttachedReceipt(UUID id, String contentType, String fileName) {

		public boolean isImage() {
			return contentType.startsWith("image/");
		}

	}

}
