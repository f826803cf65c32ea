package io.expensync.receipts.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ReceiptImagePreparationTests {

	@Test
	void evenBackgroundDarkensFaintPrintAndWhitensDarkScanEdges() {
		int width = 200;
		int height = 100;
		BufferedImage scan = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = ((DataBufferByte) scan.getRaster().getDataBuffer()).getData();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				// a black scanner edge on the left, faint strokes 2 px wide on grey paper
				boolean edge = x < 30;
				boolean stroke = x >= 60 && (x - 60) % 10 < 2 && y >= 40 && y < 60;
				pixels[y * width + x] = (byte) (edge ? 0 : stroke ? 215 : 248);
			}
		}
		BufferedImage even = ImagePreparation.evenBackground(scan);
		assertThat(even.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
		// the paper turns white and the print's contrast with it more than doubles
		assertThat(grey(even, 65, 50)).isEqualTo(255);
		assertThat(255 - grey(even, 60, 50)).isGreaterThan(2 * (248 - 215));
		assertThat(grey(even, 10, 50)).isEqualTo(255);
	}

	@Test
	void aPageScannedWholeIsCutDownToItsReceiptAtFullResolution() {
		// an A4 page at 600 dpi: a black scanner edge on the left, dust specks, and a
		// receipt of 40 text lines 1400 px wide in the middle
		int width = 4960;
		int height = 7016;
		BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
		Arrays.fill(pixels, (byte) 250);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < 120; x++) {
				pixels[y * width + x] = 0;
			}
		}
		for (int speck = 0; speck < 400; speck++) {
			int x = 200 + (speck * 397) % (width - 400);
			int y = 100 + (speck * 7919) % (height - 200);
			pixels[y * width + x] = 0;
		}
		for (int line = 0; line < 40; line++) {
			for (int y = 1500 + line * 80; y < 1500 + line * 80 + 30; y++) {
				for (int x = 1800; x < 3200; x++) {
					if ((x / 12) % 3 == 0) {
						pixels[y * width + x] = 20;
					}
				}
			}
		}
		BufferedImage prepared = ImagePreparation.prepare(page);
		// the receipt with a margin, not the page shrunk to 1800 px wide
		assertThat(prepared.getWidth()).isBetween(1400, 1800);
		assertThat(prepared.getHeight()).isBetween(3200, 3800);
		byte[] kept = ((DataBufferByte) prepared.getRaster().getDataBuffer()).getData();
		long print = 0;
		for (byte pixel : kept) {
			print += ((pixel & 0xFF) < 128) ? 1 : 0;
		}
		// all of the receipt's print (a third of 40 lines of 1400 × 30 px) is kept
		assertThat(print).isGreaterThan(40L * 30 * 1400 / 3 * 9 / 10);
	}

	@Test
	void aReceiptThatFillsThePageIsOnlyScaled() {
		BufferedImage photo = new BufferedImage(3000, 4000, BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = ((DataBufferByte) photo.getRaster().getDataBuffer()).getData();
		for (int y = 100; y < 3900; y += 60) {
			for (int x = 100; x < 2900; x++) {
				for (int row = y; row < y + 25; row++) {
					pixels[row * 3000 + x] = (byte) (((x / 10) % 2 == 0) ? 10 : 240);
				}
			}
		}
		BufferedImage prepared = ImagePreparation.prepare(photo);
		assertThat(prepared.getWidth()).isEqualTo(ImagePreparation.MAX_WIDTH);
		assertThat(prepared.getHeight()).isEqualTo(2400);
	}

	private static int grey(BufferedImage image, int x, int y) {
		return image.getRaster().getSample(x, y, 0);
	}

}
