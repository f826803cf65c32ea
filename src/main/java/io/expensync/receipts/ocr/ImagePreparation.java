package io.expensync.receipts.ocr;

import java.awt.Graphics2D;
import java.awt.Rectangle;
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

	/** How far around a pixel the paper's grey is looked for. */
	static final int PAPER_RADIUS = 6;

	/** Greys at or below this share of the paper's grey become black. */
	static final int FAINT_END = 153;

	/**
	 * A page is cut down to its receipt when the receipt covers at most this share of it;
	 * receipts photographed or scanned close are read as they are.
	 */
	static final double CROP_WORTH = 0.5;

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

	/**
	 * A copy of the prepared image with its background evened out: each pixel divided by
	 * the paper around it (a grey closing that wipes out the print,
	 * {@value #PAPER_RADIUS} px each way), then the faint end of the greys stretched.
	 * Faint or unevenly lit print, and scans with dark edges that spoil Tesseract's
	 * global threshold, read better so; well printed receipts read about as well as
	 * before.
	 */
	public static BufferedImage evenBackground(BufferedImage prepared) {
		int width = prepared.getWidth();
		int height = prepared.getHeight();
		byte[] from = ((DataBufferByte) prepared.getRaster().getDataBuffer()).getData();
		int[] grey = new int[from.length];
		for (int i = 0; i < from.length; i++) {
			grey[i] = from[i] & 0xFF;
		}
		int[] paper = extreme(extreme(grey, width, height, true), width, height, false);
		BufferedImage even = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] to = ((DataBufferByte) even.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < grey.length; i++) {
			int ratio = (paper[i] > 0) ? Math.min(255, grey[i] * 255 / paper[i]) : 255;
			int stretched = (ratio - FAINT_END) * 255 / (255 - FAINT_END);
			to[i] = (byte) Math.max(0, Math.min(255, stretched));
		}
		return even;
	}

	/**
	 * The lightest ({@code lightest}) or darkest grey within {@value #PAPER_RADIUS} px of
	 * each pixel, one direction after the other.
	 */
	private static int[] extreme(int[] grey, int width, int height, boolean lightest) {
		int[] across = new int[grey.length];
		for (int y = 0; y < height; y++) {
			int row = y * width;
			for (int x = 0; x < width; x++) {
				int best = grey[row + x];
				for (int dx = Math.max(0, x - PAPER_RADIUS); dx <= Math.min(width - 1, x + PAPER_RADIUS); dx++) {
					int value = grey[row + dx];
					best = lightest ? Math.max(best, value) : Math.min(best, value);
				}
				across[row + x] = best;
			}
		}
		int[] result = new int[grey.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int best = across[y * width + x];
				for (int dy = Math.max(0, y - PAPER_RADIUS); dy <= Math.min(height - 1, y + PAPER_RADIUS); dy++) {
					int value = across[dy * width + x];
					best = lightest ? Math.max(best, value) : Math.min(best, value);
				}
				result[y * width + x] = best;
			}
		}
		return result;
	}

	/**
	 * The receipt, grey, straightened and at most {@value #MAX_WIDTH} px wide. A photo
	 * turned a quarter is turned back, and a skewed one deskewed ({@link Straightening}),
	 * for every OCR engine. A page scanned whole with a small receipt on it is first cut
	 * down to the receipt ({@link ReceiptBounds}) and read at the scan's full resolution:
	 * shrinking the whole page to fit loses the small print (measured: more dates read
	 * wrong), and reading the blank page costs time.
	 */
	public static BufferedImage prepare(BufferedImage image) {
		BufferedImage whole = fitted(image);
		int quarters = Straightening.quarterTurns(whole);
		if (quarters != 0) {
			// turned at full resolution: the receipt's width is the picture's height
			image = Straightening.turned(grey(image), quarters);
			whole = fitted(image);
		}
		return Straightening.deskewed(receipt(image, whole), MAX_WIDTH);
	}

	/**
	 * The receipt on the picture, grey and fitted ({@code whole} is the picture so): the
	 * picture itself unless it is a page with a small receipt on it.
	 */
	private static BufferedImage receipt(BufferedImage image, BufferedImage whole) {
		if (image.getWidth() <= MAX_WIDTH) {
			return whole;
		}
		Rectangle receipt = ReceiptBounds.on(whole);
		if ((long) receipt.width * receipt.height > CROP_WORTH * whole.getWidth() * whole.getHeight()) {
			return whole;
		}
		double toOriginal = (double) image.getWidth() / whole.getWidth();
		int x = (int) Math.floor(receipt.x * toOriginal);
		int y = (int) Math.floor(receipt.y * toOriginal);
		int width = Math.min(image.getWidth() - x, (int) Math.ceil(receipt.width * toOriginal));
		int height = Math.min(image.getHeight() - y, (int) Math.ceil(receipt.height * toOriginal));
		return fitted(image.getSubimage(x, y, width, height));
	}

	private static BufferedImage grey(BufferedImage image) {
		return (image.getType() == BufferedImage.TYPE_BYTE_GRAY && ownsItsPixels(image)) ? image : scaled(image, 1);
	}

	/**
	 * Whether the image's pixels are all of its data buffer, row after row: not a part
	 * cut out of a larger image ({@link BufferedImage#getSubimage}), which shares that
	 * image's buffer, as the pixel loops here expect.
	 */
	private static boolean ownsItsPixels(BufferedImage image) {
		return image.getRaster().getParent() == null && image.getRaster().getSampleModelTranslateX() == 0
				&& image.getRaster().getSampleModelTranslateY() == 0
				&& image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight();
	}

	private static BufferedImage fitted(BufferedImage image) {
		int width = image.getWidth();
		double scale = 1;
		if (width < MIN_WIDTH) {
			scale = (double) MIN_WIDTH / width;
		}
		else if (width > MAX_WIDTH) {
			scale = (double) MAX_WIDTH / width;
		}
		if (scale == 1 && image.getType() == BufferedImage.TYPE_BYTE_GRAY && ownsItsPixels(image)) {
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
