package io.expensync.receipts.scanning;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The orientation a camera wrote in a JPEG's EXIF data, and the picture put upright by
 * it. A phone stores a photo as its sensor saw it and records in the EXIF
 * {@code Orientation} tag how to turn it for showing; Java's JPEG reader ignores that
 * tag, so without this a receipt photographed upright is read lying on its side.
 */
final class ExifOrientation {

	/** The tag that holds the orientation, in the first image file directory. */
	private static final int ORIENTATION_TAG = 0x0112;

	/** The EXIF type of the tag's value: a 16-bit unsigned number. */
	private static final int SHORT = 3;

	private ExifOrientation() {
	}

	/**
	 * The EXIF orientation of a JPEG, 1 to 8 (1: as stored, 6: to be turned a quarter
	 * clockwise, 3: half, 8: a quarter anticlockwise; 2, 4, 5 and 7 mirror too); 1 when
	 * the file has none or its metadata is damaged.
	 */
	static int of(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length) {
			if (unsigned(jpeg, at) != 0xFF) {
				return 1;
			}
			int marker = unsigned(jpeg, at + 1);
			if (marker == 0xFF) {
				// a fill byte before the marker
				at++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				// the picture itself starts (or the file ends): no metadata after this
				return 1;
			}
			int length = bigEndian16(jpeg, at + 2);
			if (length < 2) {
				return 1;
			}
			int end = Math.min(jpeg.length, at + 2 + length);
			if (marker == 0xE1 && isExif(jpeg, at + 4, end)) {
				return orientation(jpeg, at + 10, end);
			}
			at += 2 + length;
		}
		return 1;
	}

	private static boolean isExif(byte[] jpeg, int at, int end) {
		byte[] exif = { 'E', 'x', 'i', 'f', 0, 0 };
		if (at + exif.length > end) {
			return false;
		}
		for (int i = 0; i < exif.length; i++) {
			if (jpeg[at + i] != exif[i]) {
				return false;
			}
		}
		return true;
	}

	/** The orientation tag of the TIFF structure from {@code start} to {@code end}. */
	private static int orientation(byte[] data, int start, int end) {
		if (start + 8 > end) {
			return 1;
		}
		boolean little;
		if (data[start] == 'I' && data[start + 1] == 'I') {
			little = true;
		}
		else if (data[start] == 'M' && data[start + 1] == 'M') {
			little = false;
		}
		else {
			return 1;
		}
		if (read16(data, start + 2, little) != 42) {
			return 1;
		}
		long directory = read32(data, start + 4, little);
		if (directory < 8 || start + directory + 2 > end) {
			return 1;
		}
		int first = start + (int) directory;
		int entries = read16(data, first, little);
		for (int i = 0; i < entries; i++) {
			int entry = first + 2 + 12 * i;
			if (entry + 12 > end) {
				return 1;
			}
			if (read16(data, entry, little) == ORIENTATION_TAG) {
				int value = read16(data, entry + 8, little);
				return (read16(data, entry + 2, little) == SHORT && value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	/** The picture as it is meant to be seen, for an EXIF orientation of 1 to 8. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation < 2 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		// where each stored pixel goes: x' = m00 x + m01 y + m02, y' = m10 x + m11 y +
		// m12
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		boolean across = orientation >= 5;
		int type = (image.getType() == BufferedImage.TYPE_BYTE_GRAY) ? BufferedImage.TYPE_BYTE_GRAY
				: BufferedImage.TYPE_INT_RGB;
		BufferedImage result = new BufferedImage(across ? h : w, across ? w : h, type);
		Graphics2D graphics = result.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
				RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		graphics.drawImage(image, transform, null);
		graphics.dispose();
		return result;
	}

	private static int unsigned(byte[] data, int at) {
		return data[at] & 0xFF;
	}

	private static int bigEndian16(byte[] data, int at) {
		return (unsigned(data, at) << 8) | unsigned(data, at + 1);
	}

	private static int read16(byte[] data, int at, boolean little) {
		return little ? (unsigned(data, at + 1) << 8) | unsigned(data, at) : bigEndian16(data, at);
	}

	private static long read32(byte[] data, int at, boolean little) {
		long high = read16(data, at + (little ? 2 : 0), little);
		long low = read16(data, at + (little ? 0 : 2), little);
		return (high << 16) | low;
	}

}
