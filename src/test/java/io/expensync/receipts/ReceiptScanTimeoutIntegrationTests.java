package io.expensync.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.receipts.scanning.ReceiptFixtures;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.receipts.scanning.Tesseract;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Receipts that would keep a scan worker for minutes or hours, crafted to: each is
 * stopped at its time limit and marked failed with a message for the user, and the next
 * receipt is scanned as usual.
 */
@SpringBootTest(properties = { "expensync.receipts.ocr-timeout=4s", "expensync.receipts.pdf-render-timeout=500ms" })
@AutoConfigureMockMvc
class ReceiptScanTimeoutIntegrationTests {

	/** The time limit and what a loaded machine adds to it before the row is written. */
	private static final Duration SLACK = Duration.ofSeconds(6);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReceiptScanner scanner;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		Tesseract.require(scanner);
		ann = users.signUp("Ann");
	}

	@Test
	void aPdfPageThatDrawsWithoutEndFailsAtItsTimeLimitAndTheNextReceiptIsScanned() throws Exception {
		long started = System.nanoTime();
		MvcTestResult endless = untilScanned(upload("endless.pdf", ReceiptFixtures.pdfThatDrawsWithoutEnd(7)),
				Duration.ofMillis(500).plus(SLACK));
		assertThat(Api.<String>read(endless, "$.status")).isEqualTo("FAILED");
		assertThat(Api.<String>read(endless, "$.message"))
			.isEqualTo("Drawing the PDF took longer than 500 ms and was stopped. "
					+ "The receipt is kept all the same; fill in the form yourself.");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500).plus(SLACK));

		assertPlainReceiptIsScanned();
	}

	@Test
	void aReceiptTesseractReadsForMinutesFailsAtTheTimeLimitAndTheNextReceiptIsScanned() throws Exception {
		long started = System.nanoTime();
		MvcTestResult noise = untilScanned(upload("noise.png", ReceiptFixtures.noise(1500, 2000)),
				Duration.ofSeconds(4).plus(SLACK));
		assertThat(Api.<String>read(noise, "$.status")).isEqualTo("FAILED");
		assertThat(Api.<String>read(noise, "$.message"))
			.isEqualTo("Reading the receipt took longer than 4 s and was stopped. "
					+ "The receipt is kept all the same; fill in the form yourself.");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4).plus(SLACK));

		assertPlainReceiptIsScanned();
	}

	private void assertPlainReceiptIsScanned() throws Exception {
		MvcTestResult plain = untilScanned(upload("plain.pdf", ReceiptFixtures.plainPdfReceipt()),
				Duration.ofSeconds(30));
		assertThat(Api.<String>read(plain, "$.status")).isEqualTo("SCANNED");
		assertThat(Api.<String>read(plain, "$.fields.total.value")).isEqualTo("12.50");
	}

	private String upload(String name, byte[] content) {
		MvcTestResult uploaded = mvc.post()
			.uri("/api/v1/receipts")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(TestUsers.basic(ann))
			.exchange();
		assertThat(uploaded).hasStatus(201);
		return Api.read(uploaded, "$.id");
	}

	/**
	 * The receipt once it is no longer being scanned; a failure if that takes longer than
	 * {@code atMost}.
	 */
	private MvcTestResult untilScanned(String id, Duration atMost) {
		Api api = new Api(mvc);
		return await("the scan ends").atMost(atMost)
			.pollInterval(Duration.ofMillis(100))
			.pollInSameThread()
			.until(() -> api.get(ann, "/api/v1/receipts/" + id),
					result -> !"SCANNING".equals(Api.read(result, "$.status")));
	}

}
