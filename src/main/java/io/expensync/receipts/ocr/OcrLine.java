package io.expensync.receipts.ocr;

/**
 * One piece of text an OCR engine found, with how sure it is (0 to 1) and where it sits
 * in the image it read (pixels, the box's left, top, right and bottom edges).
 */
public record OcrLine(String text, double confidence, int left, int top, int right, int bottom) {

	public int height() {
		return bottom - top;
	}

	public int width() {
		return right - left;
	}

	public double middle() {
		return (top + bottom) / 2.0;
	}

}
