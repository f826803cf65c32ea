package io.expensync.receipts.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phone's photo stored sideways with an EXIF orientation is read upright; a damaged or
 * missing orientation leaves the picture as stored.
 */
class ExifOrientationTests {

	/**
	 * The upright picture: 80 × 40, white, with a black square in its top left corner.
	 */
	private static final BufferedImage UPRIGHT = upright();

	@ParameterizedTest
	@CsvSource({ "1, true", "2, true", "3, true", "4, true", "5, true", "6, true", "7, true", "8, true", "6, false",
			"8, false", "3, false" })
	void aJpegStoredAsTheCameraSawItIsReadUpright(int orientation, boolean littleEndian) throws IOException {
		byte[] jpeg = withOrientation(jpeg(stored(orientation)), orientation, littleEndian);
		assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);

		BufferedImage read = ReceiptFormat.JPEG.decode(jpeg, Duration.ofSeconds(5));

		assertThat(read.getWidth()).isEqualTo(80);
		assertThat(read.getHeight()).isEqualTo(40);
		assertThat(brightness(read, 8, 8)).as("the black corner, top left").isLessThan(60);
		assertThat(brightness(read, 70, 8)).isGreaterThan(200);
		assertThat(brightness(read, 8, 32)).isGreaterThan(200);
		assertThat(brightness(read, 70, 32)).isGreaterThan(200);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 9, 300 })
	void anOrientationOutsideTheStandardLeavesThePictureAsStored(int orientation) throws IOException {
		byte[] jpeg = withOrientation(jpeg(UPRIGHT), orientation, true);
		assertThat(ExifOrientation.of(jpeg)).isEqualTo(1);
		assertThat(ReceiptFormat.JPEG.decode(jpeg, Duration.ofSeconds(5)).getWidth()).isEqualTo(80);
	}

	@ParameterizedTest
	@ValueSource(ints = { 12, 16, 20, 24, 27 })
	void damagedExifDataIsIgnored(int keptBytesOfTheSegment) throws IOException {
		byte[] whole = withOrientation(jpeg(UPRIGHT), 6, false);
		// the segment's length still claims all of it, but the file ends before the
		// orientation's entry does
		byte[] cut = Arrays.copyOf(whole, 4 + keptBytesOfTheSegment);
		assertThat(ExifOrientation.of(cut)).isEqualTo(1);
		assertThat(ExifOrientation.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEqualTo(1);
	}

	/**
	 * The upright picture as a camera stores it for an orientation, built from the EXIF
	 * standard's meaning of each value, not from the code under test.
	 */
	private static BufferedImage stored(int orientation) {
		int w = UPRIGHT.getWidth();
		int h = UPRIGHT.getHeight();
		boolean across = orientation >= 5;
		BufferedImage stored = new BufferedImage(across ? h : w, across ? w : h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < stored.getHeight(); y++) {
			for (int x = 0; x < stored.getWidth(); x++) {
				// the upright pixel that the stored pixel (x, y) shows
				int[] shown = switch (orientation) {
					case 1 -> new int[] { x, y };
					case 2 -> new int[] { w - 1 - x, y };
					case 3 -> new int[] { w - 1 - x, h - 1 - y };
					case 4 -> new int[] { x, h - 1 - y };
					case 5 -> new int[] { y, x };
					case 6 -> new int[] { w - 1 - y, x };
					case 7 -> new int[] { w - 1 - y, h - 1 - x };
					default -> new int[] { y, h - 1 - x };
				};
				stored.setRGB(x, y, UPRIGHT.getRGB(shown[0], shown[1]));
			}
		}
		return stored;
	}

	private static BufferedImage upright() {
		BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 80, 40);
		graphics.setColor(Color.BLACK);
		graphics.fillRect(0, 0, 20, 20);
		graphics.dispose();
		return image;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	/** The JPEG with an EXIF segment right after its start, holding the orientation. */
	static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
		ByteBuffer tiff = ByteBuffer.allocate(26).order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M'));
		tiff.putShort((short) 42).putInt(8).putShort((short) 1);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		byte[] exif = { 'E', 'x', 'i', 'f', 0, 0 };
		int length = 2 + exif.length + tiff.capacity();
		ByteBuffer file = ByteBuffer.allocate(jpeg.length + 2 + length);
		file.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array());
		file.put(jpeg, 2, jpeg.length - 2);
		return file.array();
	}

	private static int brightness(BufferedImage image, int x, int y) {
		int rgb = image.getRGB(x, y);
		return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
	}

}
