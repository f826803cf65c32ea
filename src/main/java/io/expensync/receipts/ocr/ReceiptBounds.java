package io.expensync.receipts.ocr;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.jspecify.annotations.Nullable;

/**
 * Finds the receipt on a page scanned whole: where its print is, by counting the dark
 * pixels in each column, then in each row across the inkiest stretch of columns.
 */
final class ReceiptBounds {

	/** Greys below this count as print when looking for the receipt on a page. */
	static final int INK = 128;

	private ReceiptBounds() {
	}

	/**
	 * Where the print is on a grey page: the columns, then the rows within them, that
	 * hold a fair share of dark pixels, with gaps (between text lines, a receipt's blank
	 * stretches) bridged and scattered specks (a scanner's dust, a stamp far off) left
	 * out by taking the inkiest stretch; a margin around it. The whole image when it is
	 * blank.
	 */
	static Rectangle on(BufferedImage gray) {
		int width = gray.getWidth();
		int height = gray.getHeight();
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		int[] columns = new int[width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if ((pixels[y * width + x] & 0xFF) < INK) {
					columns[x]++;
				}
			}
		}
		Stretch across = inkiestStretch(columns, height, width / 25);
		if (across == null) {
			return new Rectangle(0, 0, width, height);
		}
		int[] rows = new int[height];
		for (int y = 0; y < height; y++) {
			for (int x = across.from(); x < across.to(); x++) {
				if ((pixels[y * width + x] & 0xFF) < INK) {
					rows[y]++;
				}
			}
		}
		Stretch down = inkiestStretch(rows, across.length(), height / 8);
		if (down == null) {
			return new Rectangle(0, 0, width, height);
		}
		int margin = Math.max(across.length(), down.length()) / 30 + 8;
		int left = Math.max(0, across.from() - margin);
		int top = Math.max(0, down.from() - margin);
		int right = Math.min(width, across.to() + margin);
		int bottom = Math.min(height, down.to() + margin);
		return new Rectangle(left, top, right - left, bottom - top);
	}

	/**
	 * The stretch of positions whose ink count (of {@code across} pixels) is at least a
	 * twentieth of the highest, joined across gaps shorter than {@code bridge}, that
	 * holds the most ink; {@code null} when there is none.
	 */
	private static @Nullable Stretch inkiestStretch(int[] counts, int across, int bridge) {
		int[] ink = new int[counts.length];
		int most = 0;
		for (int i = 0; i < counts.length; i++) {
			// mostly dark across the page: a scanner's dark edge or a shadow, not print
			ink[i] = (counts[i] * 2 > across) ? 0 : counts[i];
			most = Math.max(most, ink[i]);
		}
		if (most == 0) {
			return null;
		}
		int threshold = Math.max(2, most / 20);
		Stretch best = null;
		long bestInk = 0;
		int start = -1;
		int end = -1;
		long sum = 0;
		for (int i = 0; i <= ink.length; i++) {
			boolean inked = i < ink.length && ink[i] >= threshold;
			if (inked && start >= 0 && i - end > bridge) {
				if (sum > bestInk) {
					best = new Stretch(start, end);
					bestInk = sum;
				}
				start = -1;
			}
			if (inked) {
				if (start < 0) {
					start = i;
					sum = 0;
				}
				end = i + 1;
				sum += ink[i];
			}
			else if (i == ink.length && start >= 0 && sum > bestInk) {
				best = new Stretch(start, end);
				bestInk = sum;
			}
		}
		return best;
	}

	/** Positions {@code from} (inclusive) to {@code to} (exclusive) along one side. */
	private record Stretch(int from, int to) {

		int length() {
			return to - from;
		}

	}

}
