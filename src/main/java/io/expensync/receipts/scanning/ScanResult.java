package io.expensync.receipts.scanning;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.expensync.receipts.extraction.ReceiptFields;
import io.expensync.receipts.ocr.OcrLine;

/**
 * A scanned receipt: the detected file format, the OCR text (for display and for
 * re-extraction), the extracted fields, how long the scan took, and the pieces of text
 * with their places on the page that the fields were read from (PP-OCR's, after the
 * merchant's pieces were respaced; none when the engine gives no places: Tesseract, a
 * model).
 */
public record ScanResult(ReceiptFormat format, String text, ReceiptFields fields, Duration elapsed,
		List<OcrLine> pieces) {

	public ScanResult {
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(fields, "fields");
		Objects.requireNonNull(elapsed, "elapsed");
		pieces = List.copyOf(pieces);
	}

}
