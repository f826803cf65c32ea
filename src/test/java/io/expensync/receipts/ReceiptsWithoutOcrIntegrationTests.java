package io.expensync.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Without Tesseract's language data the app still starts, the form says receipts are not
 * read here and how to enable it, and a receipt is still kept with the transaction.
 */
@SpringBootTest(properties = "expensync.receipts.tessdata=target/no-tessdata-here")
@AutoConfigureMockMvc
class ReceiptsWithoutOcrIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReceiptScanner scanner;

	@Test
	void receiptsAreKeptButNotReadAndTheFormSaysHowToEnableReading() throws IOException {
		assertThat(scanner.available()).isFalse();
		CurrentUser ann = users.signUp("Ann");
		Api api = new Api(mvc);
		String giro = api.account(ann, "Giro", "10.00");

		assertThat(mvc.get().uri("/transactions/new").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Receipts are not read on this server", "tesseract-ocr", "data-receipt-file");

		BufferedImage image = new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_GRAY);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		MvcTestResult uploaded = mvc.post()
			.uri("/api/v1/receipts")
			.multipart()
			.file(new MockMultipartFile("file", "r.png", "image/png", png.toByteArray()))
			.with(TestUsers.basic(ann))
			.exchange();
		assertThat(uploaded).hasStatus(201);
		assertThat(Api.<String>read(uploaded, "$.status")).isEqualTo("NOT_SCANNED");
		assertThat(Api.<Object>read(uploaded, "$.fields")).isNull();

		String receipt = Api.read(uploaded, "$.id");
		String transaction = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "2.00", "date": "2026-05-10", "accountId": "%s", "category": "food",
				 "receiptId": "%s"}""".formatted(giro, receipt)), "$.id");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/receipts/" + receipt), "$.transactionId"))
			.isEqualTo(transaction);
	}

}
