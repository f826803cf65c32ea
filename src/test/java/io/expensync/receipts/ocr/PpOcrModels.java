package io.expensync.receipts.ocr;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * PP-OCR's models on this machine, in the folder {@code EXPENSYNC_PPOCR_MODELS} names
 * ({@code bench/ppocr-models} fetches them). Without them the tests that read with them
 * are skipped, unless {@code EXPENSYNC_REQUIRE_PPOCR=true} (CI sets it), which makes
 * missing models a failure. The variable is not Spring's
 * {@code EXPENSYNC_RECEIPTS_PPOCR_MODELS}, so the application tests keep reading with
 * Tesseract.
 */
public final class PpOcrModels {

	private PpOcrModels() {
	}

	public static Path require() {
		String folder = System.getenv("EXPENSYNC_PPOCR_MODELS");
		if (folder != null && !folder.isBlank() && Files.isReadable(Path.of(folder, PaddleOcrEngine.DETECTION))) {
			return Path.of(folder);
		}
		if (Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_PPOCR"))) {
			throw new IllegalStateException(
					"PP-OCR's models are required: set EXPENSYNC_PPOCR_MODELS to the folder bench/ppocr-models prints");
		}
		Assumptions.abort("no PP-OCR models (EXPENSYNC_PPOCR_MODELS)");
		return Path.of(folder);
	}

}
