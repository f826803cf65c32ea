package io.expensync.receipts.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

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

	static final int MAX_ENLARGED_WIDTH = 2400;

	private ImagePreparation() {
	}

	/**
	 * The prepared image half as large again (at most {@value #MAX_ENLARGED_WIDTH} px
	 * wide): a second look at a receipt that the first reading left unsure, since OCR
	 * slips at one size are often right at another.
	 */
	public static BufferedImage enlarge(BufferedImage prepared) {
		double scale = Math.min(1.5, (double) MAX_ENLARGED_WIDTH / prepared.getWidth());
		return (scale <= 1) ? prepared : scaled(prepared, scale);
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
