package io.expensync.receipts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded receipt: its file, whether scanning it is still going (and how many
 * receipts wait in line before it), what it found (or why it could not), and the
 * transaction that keeps it, if one does yet.
 */
public record ReceiptView(UUID id, String fileName, String contentType, long size, Status status,
		@Nullable ScannedFields fields, @Nullable String message, @Nullable UUID transactionId, Instant createdAt,
		int ahead) {

	public enum Status {

		/** Waiting for, or being read by, the scanner. */
		SCANNING,
		/** Read: see the fields. */
		SCANNED,
		/** Could not be read; the message says why. The file is kept all the same. */
		FAILED,
		/** Kept without reading it, since scanning is not available here. */
		NOT_SCANNED

	}

	/** The same, while {@code ahead} others wait in line before it. */
	ReceiptView waitingBehind(int ahead) {
		return new ReceiptView(id, fileName, contentType, size, status, fields, message, transactionId, createdAt,
				ahead);
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

}
