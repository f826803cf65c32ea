package io.expensync.receipts.scanning;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.ocr.PpOcrModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner reads with PP-OCR when its models are set, and reads development receipts
 * right with it.
 */
class ReceiptScannerWithPpOcrTests {

	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	@ParameterizedTest
	@CsvSource({ "sroie-046, 2018-03-18, 28.60", "sroie-309, 2018-04-20, 6.40", "sroie-532, 2018-06-01, 43.40" })
	void readsTheDateAndTotal(String receipt, LocalDate date, BigDecimal total) throws IOException {
		ReceiptScanner scanner = new ReceiptScanner(ReceiptProperties.defaults().withPpocrModels(PpOcrModels.require()),
				new KeywordCategories(), Clock.systemUTC());
		assertThat(scanner.engine()).isEqualTo("ppocr");
		ScanResult result = scanner.scan(Files.readAllBytes(RECEIPTS.resolve(receipt + ".jpg")));
		assertThat(result.fields().date().value()).isEqualTo(date);
		assertThat(result.fields().total().value()).isEqualByComparingTo(total);
	}

}
