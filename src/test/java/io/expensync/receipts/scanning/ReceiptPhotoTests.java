package io.expensync.receipts.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.extraction.ReceiptFields;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Development receipts that read right as scanned, turned and skewed as a phone photo
 * comes (a quarter turn either way, a few degrees on the paper's own grey or on a dark
 * table): the scanner straightens them and still reads their total and date.
 */
class ReceiptPhotoTests {

	/**
	 * Beside the project by default; {@code EXPENSYNC_RECEIPTS_DIR} names another place.
	 */
	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	private static final int PAPER = 235;

	private static final int DARK_TABLE = 45;

	private final ReceiptScanner scanner = new ReceiptScanner(ReceiptProperties.defaults(), new KeywordCategories(),
			Clock.systemUTC());

	@BeforeEach
	void needsTesseractAndTheReceipts() {
		Tesseract.require(scanner);
		Assumptions.assumeTrue(Files.isDirectory(RECEIPTS), "no receipts at " + RECEIPTS.toAbsolutePath());
	}

	static Stream<Arguments> photos() {
		List<Receipt> receipts = List.of(new Receipt("sroie-309", "6.40", LocalDate.of(2018, 4, 20)),
				new Receipt("sroie-350", "1007.50", LocalDate.of(2017, 9, 23)),
				new Receipt("sroie-206", "21.00", LocalDate.of(2018, 3, 24)));
		List<Photo> photos = List.of(new Photo(90, PAPER), new Photo(270, PAPER), new Photo(7, PAPER),
				new Photo(-7, DARK_TABLE), new Photo(15, DARK_TABLE), new Photo(-15, PAPER));
		return receipts.stream().flatMap((receipt) -> photos.stream().map((photo) -> Arguments.of(receipt, photo)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("photos")
	void readsTheTotalAndDateOfATurnedOrSkewedPhoto(Receipt receipt, Photo photo) throws IOException {
		BufferedImage scan = ImageIO
			.read(new ByteArrayInputStream(Files.readAllBytes(RECEIPTS.resolve(receipt.name() + ".jpg"))));
		ScanResult result = scanner.scan(jpeg(photo.of(scan)));
		ReceiptFields fields = result.fields();
		assertThat(fields.total()).as("total").isNotNull();
		assertThat(fields.total().value()).as("total").isEqualByComparingTo(receipt.total());
		assertThat(fields.date()).as("date").isNotNull();
		assertThat(fields.date().value()).as("date").isEqualTo(receipt.date());
	}

	@Test
	void readsAPhotoStoredMirroredAsItsExifOrientationSays() throws IOException {
		BufferedImage scan = ImageIO.read(RECEIPTS.resolve("sroie-309.jpg").toFile());
		// stored as a mirror image, which only the EXIF orientation (2) puts right
		AffineTransform mirror = new AffineTransform(-1, 0, 0, 1, scan.getWidth(), 0);
		BufferedImage mirrored = new AffineTransformOp(mirror, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(scan,
				null);
		ScanResult result = scanner.scan(ExifOrientationTests.withOrientation(jpeg(mirrored), 2, false));
		assertThat(result.fields().total().value()).isEqualByComparingTo("6.40");
		assertThat(result.fields().date().value()).isEqualTo(LocalDate.of(2018, 4, 20));
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	record Receipt(String name, BigDecimal total, LocalDate date) {

		Receipt(String name, String total, LocalDate date) {
			this(name, new BigDecimal(total), date);
		}

		@Override
		public String toString() {
			return name;
		}

	}

	/**
	 * The receipt turned clockwise by {@code degrees} on a ground of grey {@code ground},
	 * with a margin: a quarter turn exactly, without a margin.
	 */
	record Photo(double degrees, int ground) {

		BufferedImage of(BufferedImage scan) {
			double radians = Math.toRadians(degrees);
			boolean quarter = degrees % 90 == 0;
			double cos = Math.abs(Math.cos(radians));
			double sin = Math.abs(Math.sin(radians));
			int margin = quarter ? 0 : 150;
			int width = (int) Math.round(scan.getWidth() * cos + scan.getHeight() * sin) + 2 * margin;
			int height = (int) Math.round(scan.getWidth() * sin + scan.getHeight() * cos) + 2 * margin;
			BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = photo.createGraphics();
			try {
				graphics.setColor(new Color(ground, ground, ground));
				graphics.fillRect(0, 0, width, height);
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						quarter ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
								: RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.translate(width / 2.0, height / 2.0);
				graphics.rotate(radians);
				graphics.translate(-scan.getWidth() / 2.0, -scan.getHeight() / 2.0);
				graphics.drawImage(scan, 0, 0, null);
			}
			finally {
				graphics.dispose();
			}
			return photo;
		}

		@Override
		public String toString() {
			return "turned %+.0f° on %s".formatted(degrees, (ground == PAPER) ? "paper" : "a dark table");
		}

	}

}
