package io.expensync.receipts;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the transaction form whether receipts are scanned here (else why not and how to
 * enable it) and the largest file accepted, as {@code receiptScanning}.
 */
@ControllerAdvice(basePackages = "io.expensync.register")
class ReceiptScanning {

	/** What the form's receipt section needs to know. */
	record Scanning(boolean available, @Nullable String reason, long maxSize) {

		public long maxMegabytes() {
			return maxSize / (1024 * 1024);
		}

	}

	private final ReceiptUploads uploads;

	ReceiptScanning(ReceiptUploads uploads) {
		this.uploads = uploads;
	}

	@ModelAttribute("receiptScanning")
	Scanning scanning() {
		return new Scanning(uploads.scanningAvailable(), uploads.scanningUnavailableReason(), uploads.maxSize());
	}

}
