package io.expensync.receipts;

import java.time.Duration;

/**
 * A file that is not scanned: too large, of an unsupported type, unreadable, or taking
 * too long to read. The message says why in words for the user; it is an
 * {@link IllegalArgumentException}, so the API answers 400.
 */
public class ReceiptRejectedException extends IllegalArgumentException {

	public ReceiptRejectedException(String message) {
		super(message);
	}

	public ReceiptRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * A receipt whose reading ({@code what}: "Reading the receipt") was stopped at its
	 * time limit.
	 */
	public static ReceiptRejectedException tookTooLong(String what, Duration limit, Throwable cause) {
		String words = (limit.toMillis() % 1000 == 0) ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
		return new ReceiptRejectedException(
				"%s took longer than %s and was stopped. The receipt is kept all the same; fill in the form yourself."
					.formatted(what, words),
				cause);
	}

}
