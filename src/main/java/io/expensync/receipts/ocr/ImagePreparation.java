package io.expensync.receipts.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns a receipt picture into what Tesseract reads best: one grey channel, scaled down
 * when wider than {@value #MAX_WIDTH} px (large scans take seconds longer and read no
 * better) and up only when tiny. Measured on the development receipts with
 * {@code bench/receipts}: scaling typical scans up, stretching their contrast or
 * binarising them (Otsu) all read fewer totals and dates than leaving them be, since
 * Tesseract binarises itself.
 */
public final class ImagePreparation {

	static final int MIN_WIDTH = 500;

	static final int MAX_WIDTH = 1800;

	private ImagePreparation() {
	}

	/**
	 * A darker copy of the prepared image (its greys through a gamma of 1.6): a second
	 * look at a receipt that the first reading left unsure, since faint thermal print
	 * reads better darkened while dark print reads better as it is.
	 */
	public static BufferedImage darken(BufferedImage prepared) {
		byte[] map = new byte[256];
		for (int value = 0; value < 256; value++) {
			map[value] = (byte) Math.round(255 * Math.pow(value / 255.0, 1.6));
		}
		BufferedImage dark = new BufferedImage(prepared.getWidth(), prepared.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		byte[] from = ((DataBufferByte) prepared.getRaster().getDataBuffer()).getData();
		byte[] to = ((DataBufferByte) dark.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < from.length; i++) {
			to[i] = map[from[i] & 0xFF];
		}
		return dark;
	}

	public static BufferedImage prepare(BufferedImage image) {
		int width = image.getWidth();
		double scale = 1;
		if (width < MIN_WIDTH) {
			scale = (double) MIN_WIDTH / width;
		}
		else if (width > MAX_WIDTH) {
			scale = (double) MAX_WIDTH / width;
		}
		if (scale == 1 && image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		return scaled(image, scale);
	}

	private static BufferedImage scaled(BufferedImage image, double scale) {
		int targetWidth = (int) Math.round(image.getWidth() * scale);
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

}
