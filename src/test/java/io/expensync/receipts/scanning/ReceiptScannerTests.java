package io.expensync.receipts.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

import javax.imageio.ImageIO;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.extraction.ReceiptFields;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real receipts from {@code ../shared/data/receipts-dev} (or
 * {@code EXPENSYNC_RECEIPTS_DIR}) read with Tesseract: the whole path from bytes to
 * fields, for a JPEG as scanned, the same receipt as a PNG, and as a one-page PDF.
 */
class ReceiptScannerTests {

	/**
	 * Beside the project by default; {@code EXPENSYNC_RECEIPTS_DIR} names another place.
	 */
	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	private final ReceiptScanner scanner = new ReceiptScanner(ReceiptProperties.defaults(), new KeywordCategories(),
			Clock.systemUTC());

	@BeforeEach
	void needsTesseractAndTheReceipts() {
		Tesseract.require(scanner);
		Assumptions.assumeTrue(Files.isDirectory(RECEIPTS), "no receipts at " + RECEIPTS.toAbsolutePath());
	}

	@Test
	void readsAScannedJpegReceipt() throws IOException {
		ScanResult result = scanner.scan(Files.readAllBytes(RECEIPTS.resolve("sroie-309.jpg")));
		assertThat(result.format()).isEqualTo(ReceiptFormat.JPEG);
		assertThat(result.text()).contains("PASARAYA JALAL");
		// Tesseract's reading gives no places on the page
		assertThat(result.pieces()).isEmpty();
		ReceiptFields fields = result.fields();
		assertThat(fields.merchant().value()).isEqualTo("PASARAYA JALAL SDN BHD");
		assertThat(fields.total().value()).isEqualByComparingTo("6.40");
		assertThat(fields.date().value()).isEqualTo(LocalDate.of(2018, 4, 20));
		assertThat(fields.category().value()).isEqualTo("groceries");
	}

	@Test
	void readsTheSameReceiptAsPngOrAsPdf() throws IOException {
		byte[] jpeg = Files.readAllBytes(RECEIPTS.resolve("sroie-350.jpg"));
		BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);

		ScanResult fromPng = scanner.scan(png.toByteArray());
		assertThat(fromPng.format()).isEqualTo(ReceiptFormat.PNG);
		assertThat(fromPng.fields().total().value()).isEqualByComparingTo(new BigDecimal("1007.50"));

		ScanResult fromPdf = scanner.scan(pdfOf(jpeg, image));
		assertThat(fromPdf.format()).isEqualTo(ReceiptFormat.PDF);
		assertThat(fromPdf.fields().total().value()).isEqualByComparingTo(new BigDecimal("1007.50"));
		assertThat(fromPdf.fields().date().value()).isEqualTo(LocalDate.of(2017, 9, 23));
	}

	@Test
	void readsTheRinggitAsTheCurrency() throws IOException {
		ScanResult result = scanner.scan(Files.readAllBytes(RECEIPTS.resolve("sroie-008.jpg")));
		assertThat(result.fields().currency().value()).isEqualTo(Currency.getInstance("MYR"));
		assertThat(result.fields().date().value()).isEqualTo(LocalDate.of(2018, 2, 12));
	}

	/** The receipt on an A4 page, as a PDF scanner makes it. */
	private static byte[] pdfOf(byte[] jpeg, BufferedImage image) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject picture = JPEGFactory.createFromByteArray(document, jpeg);
			float height = PDRectangle.A4.getHeight() - 40;
			float width = height * image.getWidth() / image.getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(picture, 20, 20, width, height);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void asksTheSecondModelWhenTheFirstReadsTheDateUnsurely() throws IOException {
		// Debian's fast model reads this receipt's 25/FEB/2017 as the 26th, unsure of it
		String folder = System.getenv("EXPENSYNC_RECEIPTS_SECOND_TESSDATA");
		if (folder == null || folder.isBlank() || !Files.isReadable(Path.of(folder, "eng.traineddata"))) {
			if (Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_TESSERACT"))) {
				throw new IllegalStateException("The second model is required: set EXPENSYNC_RECEIPTS_SECOND_TESSDATA "
						+ "to the folder bench/best-tessdata prints");
			}
			Assumptions.abort("no second model (EXPENSYNC_RECEIPTS_SECOND_TESSDATA)");
		}
		ReceiptScanner withSecond = new ReceiptScanner(ReceiptProperties.defaults().withSecondTessdata(Path.of(folder)),
				new KeywordCategories(), Clock.systemUTC());
		ScanResult result = withSecond.scan(Files.readAllBytes(RECEIPTS.resolve("sroie-241.jpg")));
		assertThat(result.fields().date().value()).isEqualTo(LocalDate.of(2017, 2, 25));
		assertThat(result.fields().total().value()).isEqualByComparingTo("217.00");
	}

	@Test
	void readsWithTheFirstModelWhenTheSecondIsMissing() throws IOException {
		ReceiptScanner withMissing = new ReceiptScanner(
				ReceiptProperties.defaults().withSecondTessdata(Path.of("/nonexistent/tessdata")),
				new KeywordCategories(), Clock.systemUTC());
		ScanResult result = withMissing.scan(Files.readAllBytes(RECEIPTS.resolve("sroie-241.jpg")));
		assertThat(result.fields().total().value()).isEqualByComparingTo("217.00");
		assertThat(result.fields().date()).isNotNull();
	}

}
