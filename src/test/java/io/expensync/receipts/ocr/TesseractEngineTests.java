package io.expensync.receipts.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TesseractEngineTests {

	@Test
	void aReadingAsTheFirstUseFindsTheLibraryItself() {
		// a fresh engine, asked to read before anyone asked whether it is available
		TesseractEngine engine = new TesseractEngine(null, "eng");
		requireTesseract(new TesseractEngine(null, "eng"));

		String text = engine.read(printed("TOTAL 12.50"), Duration.ofSeconds(30));

		assertThat(text).contains("TOTAL").contains("12.50");
	}

	private static void requireTesseract(TesseractEngine probe) {
		if (probe.available()) {
			return;
		}
		if (Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_TESSERACT"))) {
			throw new IllegalStateException("Tesseract is required but not available: " + probe.unavailableReason());
		}
		Assumptions.abort("Tesseract is not available: " + probe.unavailableReason());
	}

	private static BufferedImage printed(String line) {
		BufferedImage image = new BufferedImage(600, 120, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		graphics.setFont(new Font(Font.MONOSPACED, Font.BOLD, 40));
		graphics.drawString(line, 30, 75);
		graphics.dispose();
		return image;
	}

}
