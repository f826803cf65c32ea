package io.expensync.receipts.scanning;

import static io.expensync.receipts.scanning.ReceiptFixtures.jpeg;
import static io.expensync.receipts.scanning.ReceiptFixtures.pdf;
import static io.expensync.receipts.scanning.ReceiptFixtures.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.ReceiptRejectedException;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

class ReceiptFormatTests {

	/** A 1×1 lossless WebP, and a lossy one: the smallest valid files of each kind. */
	private static final byte[] LOSSLESS_WEBP = Base64.getDecoder()
		.decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	private static final byte[] LOSSY_WEBP = Base64.getDecoder()
		.decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

	/** Time enough to draw any PDF page here. */
	private static final Duration IN_TIME = Duration.ofSeconds(30);

	private final ReceiptScanner scanner = new ReceiptScanner(
			new ReceiptProperties(DataSize.ofKilobytes(64), null, "eng"), new KeywordCategories(), Clock.systemUTC());

	@Test
	void tellsTheTypeByContentNotByName() throws IOException {
		// what a PNG renamed receipt.jpg uploads: PNG bytes, whatever the name says
		assertThat(ReceiptFormat.detect(png())).contains(ReceiptFormat.PNG);
		assertThat(ReceiptFormat.detect(jpeg())).contains(ReceiptFormat.JPEG);
		assertThat(ReceiptFormat.detect(LOSSLESS_WEBP)).contains(ReceiptFormat.WEBP);
		assertThat(ReceiptFormat.detect(pdf())).contains(ReceiptFormat.PDF);
	}

	@Test
	void refusesRandomBytesWithAClearMessage() {
		byte[] noise = new byte[2048];
		new Random(6).nextBytes(noise);
		noise[0] = 0x13;
		assertThat(ReceiptFormat.detect(noise)).isEmpty();
		assertThatThrownBy(() -> scanner.check(noise)).isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("JPEG, PNG, WebP or PDF");
		assertThatThrownBy(() -> scanner.scan(noise)).isInstanceOf(ReceiptRejectedException.class);
	}

	/**
	 * A 100 × 600,000 PNG is within the pixel limit, compresses to almost nothing, and
	 * was scaled up to 500 px wide (1.5 billion pixels): it is refused from its header,
	 * before a pixel is decoded.
	 */
	@Test
	void refusesAnImageFarLongerThanAnyReceiptFromItsHeader() {
		byte[] strip = pngHeaderOnly(100, 600_000);
		assertThat(ReceiptFormat.detect(strip)).contains(ReceiptFormat.PNG);
		assertThatThrownBy(() -> ReceiptFormat.PNG.decode(strip, IN_TIME)).isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("100 × 600000 pixels")
			.hasMessageContaining("at most 25 times as long as it is wide");
	}

	@Test
	void decodesALargeImageIntoAtMostSixteenMegapixels() throws IOException {
		BufferedImage large = new BufferedImage(8000, 4200, BufferedImage.TYPE_BYTE_GRAY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(large, "png", out);

		BufferedImage decoded = ReceiptFormat.PNG.decode(out.toByteArray(), IN_TIME);

		assertThat((long) decoded.getWidth() * decoded.getHeight())
			.isLessThanOrEqualTo(ReceiptFormat.MAX_DECODED_PIXELS);
		assertThat(decoded.getWidth()).isEqualTo(4000);
		assertThat(ReceiptFormat.subsampling(1000, 1000)).as("a photo of a receipt is read whole").isOne();
		assertThat(ReceiptFormat.subsampling(7000, 7000)).isEqualTo(2);
	}

	/** A PNG's signature and header chunk, naming its size, and its end: no pixels. */
	private static byte[] pngHeaderOnly(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 0, 0, 0, 0 });
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		chunk(png, "IHDR", header.array());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/**
	 * A page of a few kilobytes that draws a form that draws a form … ten million dashed
	 * curves in all: drawing stops at the time limit, with a message for the user.
	 */
	@Test
	void stopsDrawingAPdfPageAtItsTimeLimit() throws IOException {
		byte[] endless = ReceiptFixtures.pdfThatDrawsWithoutEnd(7);
		assertThat(endless.length).isLessThan(20_000);

		long started = System.nanoTime();
		assertThatThrownBy(() -> ReceiptFormat.PDF.decode(endless, Duration.ofMillis(300)))
			.isInstanceOf(ReceiptRejectedException.class)
			.hasMessageStartingWith("Drawing the PDF took longer than 300 ms and was stopped.");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

		assertThat(ReceiptFormat.PDF.decode(ReceiptFixtures.plainPdfReceipt(), IN_TIME).getWidth()).isBetween(1230,
				1250);
	}

	@Test
	void refusesTextAndOtherDocuments() {
		assertThatThrownBy(() -> scanner.check("GIF89a......".getBytes())).isInstanceOf(ReceiptRejectedException.class);
		assertThatThrownBy(() -> scanner.check("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()))
			.isInstanceOf(ReceiptRejectedException.class);
		assertThatThrownBy(() -> scanner.check(new byte[0])).hasMessageContaining("empty");
	}

	@Test
	void refusesFilesOverTheSizeLimit() {
		byte[] big = new byte[65 * 1024];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> scanner.check(big)).isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("larger than");
	}

	@Test
	void decodesEveryAcceptedFormat() throws IOException {
		assertThat(ReceiptFormat.PNG.decode(png(), IN_TIME).getWidth()).isEqualTo(40);
		assertThat(ReceiptFormat.JPEG.decode(jpeg(), IN_TIME).getWidth()).isEqualTo(40);
		assertThat(ReceiptFormat.WEBP.decode(LOSSLESS_WEBP, IN_TIME).getWidth()).isEqualTo(1);
		assertThat(ReceiptFormat.WEBP.decode(LOSSY_WEBP, IN_TIME).getWidth()).isEqualTo(1);
		// page 1 of an A6 PDF at 300 dpi
		assertThat(ReceiptFormat.PDF.decode(pdf(), IN_TIME).getWidth()).isBetween(1230, 1250);
	}

	@Test
	void refusesADamagedFileOfAnAcceptedType() throws IOException {
		byte[] truncated = java.util.Arrays.copyOf(png(), 20);
		assertThatThrownBy(() -> ReceiptFormat.PNG.decode(truncated, IN_TIME))
			.isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("could not be read");
		assertThatThrownBy(() -> ReceiptFormat.PDF.decode("%PDF-1.7 nothing".getBytes(), IN_TIME))
			.isInstanceOf(ReceiptRejectedException.class);
	}

}
