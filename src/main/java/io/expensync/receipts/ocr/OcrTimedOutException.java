package io.expensync.receipts.ocr;

import java.time.Duration;

/** A reading that took longer than it was allowed to, and was given up. */
public class OcrTimedOutException extends RuntimeException {

	public OcrTimedOutException(Duration limit) {
		super("Reading took longer than " + limit.toMillis() + " ms");
	}

}
