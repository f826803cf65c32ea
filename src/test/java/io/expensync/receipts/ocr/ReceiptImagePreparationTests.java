package io.expensync.receipts.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

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

	private static int grey(BufferedImage image, int x, int y) {
		return image.getRaster().getSample(x, y, 0);
	}

}
