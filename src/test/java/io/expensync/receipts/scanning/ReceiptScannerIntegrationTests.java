package io.expensync.receipts.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The application without Tesseract: it starts, and scanning says how to enable it. */
// without language data as ReceiptsWithoutOcrIntegrationTests, sharing its context
@SpringBootTest(properties = "expensync.receipts.tessdata=target/no-tessdata-here")
@AutoConfigureMockMvc
class ReceiptScannerIntegrationTests {

	@Autowired
	ReceiptScanner scanner;

	@Test
	void startsWithoutTesseractAndSaysHowToEnableIt() throws Exception {
		assertThat(scanner.available()).isFalse();
		assertThat(scanner.unavailableReason()).contains("apt-get install tesseract-ocr tesseract-ocr-eng")
			.contains("expensync.receipts.tessdata");
		byte[] png = ReceiptFixtures.png();
		assertThatThrownBy(() -> scanner.scan(png)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not available");
	}

}
