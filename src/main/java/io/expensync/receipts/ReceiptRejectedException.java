package io.expensync.receipts;

/**
 * A file that is not scanned: too large, of an unsupported type, or unreadable. The
 * message says why in words for the user; it is an {@link IllegalArgumentException}, so
 * the API answers 400.
 */
public class ReceiptRejectedException extends IllegalArgumentException {

	public ReceiptRejectedException(String message) {
		super(message);
	}

	public ReceiptRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
