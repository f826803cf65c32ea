package io.expensync.receipts.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns a receipt picture into what Tesseract reads best: grey, with text large enough
 * (small scans are scaled up, huge ones down, which is also faster), and with the paper's
 * grey stretched to white.
 */
public final class ImagePreparation {

	/** Receipt lines hold ~40–50 characters; at this width their letters are ~25 px. */
	static final int MIN_WIDTH = 1200;

	static final int MAX_WIDTH = 2000;

	private ImagePreparation() {
	}

	public static BufferedImage prepare(BufferedImage image) {
		BufferedImage gray = scaledGray(image);
		stretchContrast(gray);
		return gray;
	}

	static BufferedImage scaledGray(BufferedImage image) {
		int width = image.getWidth();
		double scale = 1;
		if (width < MIN_WIDTH) {
			scale = (double) MIN_WIDTH / width;
		}
		else if (width > MAX_WIDTH) {
			scale = (double) MAX_WIDTH / width;
		}
		int targetWidth = (int) Math.round(width * scale);
		int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage gray = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = gray.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			graphics.dispose();
		}
		return gray;
	}

	/**
	 * Maps the darkest 1 % of pixels to black and the brightest paper to white, linearly
	 * between; thermal receipts scan as grey on grey.
	 */
	static void stretchContrast(BufferedImage gray) {
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		int[] histogram = new int[256];
		for (byte pixel : pixels) {
			histogram[pixel & 0xFF]++;
		}
		int low = percentile(histogram, pixels.length, 0.01);
		int high = percentile(histogram, pixels.length, 0.60);
		if (high - low < 16) {
			return;
		}
		byte[] map = new byte[256];
		for (int value = 0; value < 256; value++) {
			int stretched = (value - low) * 255 / (high - low);
			map[value] = (byte) Math.max(0, Math.min(255, stretched));
		}
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = map[pixels[i] & 0xFF];
		}
	}

	private static int percentile(int[] histogram, int count, double fraction) {
		long target = (long) (count * fraction);
		long seen = 0;
		for (int value = 0; value < 256; value++) {
			seen += histogram[value];
			if (seen > target) {
				return value;
			}
		}
		return 255;
	}

}
