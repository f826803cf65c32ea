package io.expensync.receipts.ai;

import io.expensync.StubChatServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.receipts.scanning.ScanResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application configured by properties alone to read receipts with an
 * OpenAI-compatible endpoint (a stub on 127.0.0.1): it starts, and scanning goes there.
 */
@SpringBootTest
class VisionReceiptReaderIntegrationTests {

	private static StubChatServer stub;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		stub = StubChatServer.start();
		registry.add("expensync.receipts.provider", () -> "openai");
		registry.add("expensync.receipts.ai.base-url", stub::baseUrl);
		registry.add("expensync.receipts.ai.api-key", () -> "local-key");
		registry.add("expensync.receipts.ai.model", () -> "llava");
		registry.add("expensync.receipts.ai.timeout", () -> "5s");
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@Autowired
	ReceiptScanner scanner;

	@Test
	void startsWithAModelProviderAndScansThroughIt() throws IOException {
		stub.answer("{\"receipt\": true, \"merchant\": \"Corner Shop\", \"total\": \"4.20\", \"currency\": \"EUR\"}");

		assertThat(scanner.available()).isTrue();
		ScanResult result = scanner.scan(png());

		assertThat(result.fields().merchant().value()).isEqualTo("Corner Shop");
		assertThat(result.fields().total().value()).isEqualByComparingTo("4.20");
		assertThat(stub.lastRequest().path()).isEqualTo("/v1/chat/completions");
		assertThat(stub.lastRequest().authorization()).isEqualTo("Bearer local-key");
		assertThat(stub.lastRequest().body().get("model").stringValue()).isEqualTo("llava");
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(30, 50, BufferedImage.TYPE_BYTE_GRAY), "png", out);
		return out.toByteArray();
	}

}
