package io.expensync.receipts.scanning;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.expensync.receipts.ReceiptRejectedException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The file types a receipt may come in, told apart by their first bytes (never by the
 * file name), and how each is turned into one image.
 */
public enum ReceiptFormat {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"),

	/** Only the first page is read, within the time limit. */
	PDF("application/pdf") {
		@Override
		BufferedImage decode(byte[] content, Duration renderLimit) {
			long deadline = System.nanoTime() + renderLimit.toNanos();
			// its streams are kept in memory up to a bound and in a temporary file beyond
			// it, so a file that inflates hugely cannot exhaust memory
			try (PDDocument document = Loader.loadPDF(content, "", null, null,
					MemoryUsageSetting.setupMixed(PDF_MEMORY, PDF_STORAGE).streamCache)) {
				if (document.getNumberOfPages() == 0) {
					throw new ReceiptRejectedException("The PDF has no pages.");
				}
				PDPage page = document.getPage(0);
				PDRectangle box = page.getCropBox();
				float longestSideInPoints = Math.max(box.getWidth(), box.getHeight());
				// 300 dpi suits OCR; a huge page is rendered smaller so it cannot exhaust
				// memory
				float scale = Math.min(300f / 72, MAX_SIDE / Math.max(longestSideInPoints, 1));
				BoundedPdfRenderer renderer = new BoundedPdfRenderer(document, deadline);
				// an image inside larger than the page shows is read at the size it is
				// drawn, not at its own (a 40,000 px image drawn small is not decoded
				// whole)
				renderer.setSubsamplingAllowed(true);
				BufferedImage image = renderer.renderImage(0, scale, ImageType.GRAY);
				if (renderer.deadlinePassed()) {
					// PDFBox may have caught the stop in places and drawn on: the page is
					// incomplete all the same
					throw new BoundedPdfRenderer.DeadlinePassed();
				}
				return image;
			}
			catch (BoundedPdfRenderer.DeadlinePassed ex) {
				throw ReceiptRejectedException.tookTooLong("Drawing the PDF", renderLimit, ex);
			}
			catch (IOException ex) {
				throw new ReceiptRejectedException("The PDF could not be read (damaged or password-protected).", ex);
			}
		}
	};

	/** The largest image accepted, in pixels: above any flatbed scan at 600 dpi. */
	static final long MAX_PIXELS = 60_000_000L;

	/**
	 * How much longer than wide (or wider than long) an image may be: a long till receipt
	 * is 1:15; a 100 × 600,000 image is none.
	 */
	static final int MAX_PROPORTION = 25;

	/**
	 * The most pixels an image is decoded into: larger ones are read with every second
	 * (third …) pixel, which OCR, at most 1,800 px wide, does not miss.
	 */
	static final long MAX_DECODED_PIXELS = 16_000_000L;

	static final int MAX_SIDE = 4000;

	private static final long PDF_MEMORY = 32L * 1024 * 1024;

	private static final long PDF_STORAGE = 256L * 1024 * 1024;

	static {
		// plugins (WebP) on the class path of a packaged app are not always registered
		// yet
		ImageIO.scanForPlugins();
	}

	private final String mediaType;

	ReceiptFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The format of these bytes, or empty when they are none of the accepted ones. */
	public static Optional<ReceiptFormat> detect(byte[] content) {
		if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		if (startsWith(content, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	/**
	 * Reads the image these bytes hold, a JPEG turned as its EXIF orientation says. An
	 * image's time is bounded by its pixels; a PDF page, whose content can draw without
	 * end, stops at {@code renderLimit}.
	 * @throws ReceiptRejectedException when they cannot be read, the image is too large
	 * or the page takes longer than {@code renderLimit} to draw
	 */
	BufferedImage decode(byte[] content, Duration renderLimit) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new ReceiptRejectedException("No reader for " + mediaType + " images is installed.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new ReceiptRejectedException(
							"The image is larger than %d megapixels.".formatted(MAX_PIXELS / 1_000_000));
				}
				if (Math.max(width, height) > (long) MAX_PROPORTION * Math.max(1, Math.min(width, height))) {
					throw new ReceiptRejectedException(
							("The image is %d × %d pixels: a receipt is at most %d times " + "as long as it is wide.")
								.formatted(width, height, MAX_PROPORTION));
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width, height);
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				// a phone's photo is stored as the sensor saw it, with how to turn it in
				// its EXIF data
				return (this == JPEG) ? ExifOrientation.upright(image, ExifOrientation.of(content)) : image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ReceiptRejectedException rejected) {
				throw rejected;
			}
			throw new ReceiptRejectedException("The " + name() + " image could not be read (damaged file?).", ex);
		}
	}

	/**
	 * Every how many pixels are read, so that at most {@link #MAX_DECODED_PIXELS} are.
	 */
	static int subsampling(int width, int height) {
		int step = 1;
		while ((long) (width / step) * (height / step) > MAX_DECODED_PIXELS) {
			step++;
		}
		return step;
	}

	private static boolean startsWith(byte[] content, int offset, int... expected) {
		if (content.length < offset + expected.length) {
			return false;
		}
		byte[] prefix = Arrays.copyOfRange(content, offset, offset + expected.length);
		for (int i = 0; i < expected.length; i++) {
			if ((prefix[i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
