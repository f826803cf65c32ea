package io.expensync.receipts.scanning;

import org.junit.jupiter.api.Assumptions;

/**
 * Tesseract on this machine. Without it the OCR tests are skipped, unless
 * {@code EXPENSYNC_REQUIRE_TESSERACT=true} (CI sets it), which makes a missing Tesseract
 * a failure.
 */
public final class Tesseract {

	private Tesseract() {
	}

	public static void require(ReceiptScanner scanner) {
		if (scanner.available()) {
			return;
		}
		if (Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_TESSERACT"))) {
			throw new IllegalStateException("Tesseract is required but not available: " + scanner.unavailableReason());
		}
		Assumptions.abort("Tesseract is not available: " + scanner.unavailableReason());
	}

}
