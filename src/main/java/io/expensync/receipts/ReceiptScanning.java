package io.expensync.receipts;

import org.jspecify.annotations.Nullable;

/**
 * What the transaction form's receipt section tells: whether receipts are scanned here
 * (else why not and how to enable it) and the largest file accepted.
 */
public record ReceiptScanning(boolean available, @Nullable String reason, long maxSize) {

	public long maxMegabytes() {
		return maxSize / (1024 * 1024);
	}

}
