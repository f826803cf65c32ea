package io.expensync.receipts.scanning;

import java.time.Duration;
import java.util.Objects;

import io.expensync.receipts.extraction.ReceiptFields;

/**
 * A scanned receipt: the detected file format, the OCR text (for display and for
 * re-extraction), the extracted fields and how long the scan took.
 */
public record ScanResult(ReceiptFormat format, String text, ReceiptFields fields, Duration elapsed) {

	public ScanResult {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(fields, "fields");
		Objects.requireNonNull(elapsed, "elapsed");
	}

}
