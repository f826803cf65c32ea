package io.expensync.receipts.scanning;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.extraction.ReceiptExtractor;
import io.expensync.receipts.ocr.PpOcrModels;
import io.expensync.receipts.ocr.Straightening;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner reads with PP-OCR when its models are set, and reads development receipts
 * right with it, also photographed upside down.
 */
class ReceiptScannerWithPpOcrTests {

	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	@ParameterizedTest
	@CsvSource({ "sroie-046, 2018-03-18, 28.60", "sroie-309, 2018-04-20, 6.40", "sroie-532, 2018-06-01, 43.40" })
	void readsTheDateAndTotal(String receipt, LocalDate date, BigDecimal total) throws IOException {
		ReceiptScanner scanner = scanner();
		assertThat(scanner.engine()).isEqualTo("ppocr");
		ScanResult result = scanner.scan(Files.readAllBytes(RECEIPTS.resolve(receipt + ".jpg")));
		assertThat(result.fields().date().value()).isEqualTo(date);
		assertThat(result.fields().total().value()).isEqualByComparingTo(total);
		// the pieces the fields were read from, with their places: read again, the same
		// fields (what bench/receipts --from-pieces relies on)
		assertThat(result.pieces()).isNotEmpty().allSatisfy((piece) -> assertThat(piece.width()).isPositive());
		assertThat(new ReceiptExtractor(new KeywordCategories(), Clock.systemDefaultZone()).extract(result.pieces()))
			.isEqualTo(result.fields());
	}

	@ParameterizedTest
	@CsvSource({ "sroie-309, 2018-04-20, 6.40", "sroie-046, 2018-03-18, 28.60" })
	void readsAReceiptPhotographedUpsideDown(String receipt, LocalDate date, BigDecimal total) throws IOException {
		BufferedImage upsideDown = Straightening.turned(gray(ImageIO.read(RECEIPTS.resolve(receipt + ".jpg").toFile())),
				2);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(upsideDown, "jpg", jpeg);
		ScanResult result = scanner().scan(jpeg.toByteArray());
		assertThat(result.fields().date().value()).isEqualTo(date);
		assertThat(result.fields().total().value()).isEqualByComparingTo(total);
	}

	private static ReceiptScanner scanner() {
		// what is read, not how fast: time enough on a machine busy with other builds
		return new ReceiptScanner(
				ReceiptProperties.defaults()
					.withPpocrModels(PpOcrModels.require())
					.withTimeouts(Duration.ofSeconds(120), Duration.ofSeconds(10)),
				new KeywordCategories(), Clock.systemUTC());
	}

	private static BufferedImage gray(BufferedImage image) {
		BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = gray.createGraphics();
		graphics.drawImage(image, 0, 0, null);
		graphics.dispose();
		return gray;
	}

}
