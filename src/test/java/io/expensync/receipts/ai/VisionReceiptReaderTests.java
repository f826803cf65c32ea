package io.expensync.receipts.ai;

import io.expensync.StubChatServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Currency;
import java.util.List;

import javax.imageio.ImageIO;

import io.expensync.receipts.KeywordCategories;
import io.expensync.receipts.ReceiptProperties;
import io.expensync.receipts.ReceiptProperties.Ai;
import io.expensync.receipts.ReceiptProperties.Provider;
import io.expensync.receipts.ReceiptRejectedException;
import io.expensync.receipts.extraction.LineItem;
import io.expensync.receipts.extraction.ReceiptFields;
import io.expensync.receipts.scanning.ReceiptFormat;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.receipts.scanning.ScanResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The scanner with a vision model provider, against a stub OpenAI-compatible endpoint on
 * 127.0.0.1: what is sent, how a good answer is mapped, and what a bad one or a failing
 * provider gives.
 */
class VisionReceiptReaderTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

	private static final String GOOD_ANSWER = """
			{"receipt": true, "merchant": "Tesco Extra", "date": "2026-03-14", "total": "23.45", "tax": 3.91,
			 "currency": "GBP", "category": "groceries",
			 "items": [{"description": "Milk 2L", "amount": "1.65"}, {"description": "Bread", "amount": 1.2}]}
			""";

	private StubChatServer stub;

	@BeforeEach
	void startStub() throws IOException {
		stub = StubChatServer.start();
	}

	@AfterEach
	void stopStub() {
		stub.close();
	}

	@Test
	void sendsTheImageAndAPromptNamingTheCategoriesToTheConfiguredEndpoint() throws IOException {
		stub.answer(GOOD_ANSWER);
		byte[] png = png();

		scanner(Provider.OPENAI, new Ai(stub.baseUrl(), "test-key", "test-vision", Duration.ofSeconds(10))).scan(png);

		StubChatServer.Request request = stub.lastRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/chat/completions");
		assertThat(request.authorization()).isEqualTo("Bearer test-key");
		assertThat(request.body().get("model").stringValue()).isEqualTo("test-vision");
		assertThat(request.body().path("response_format").path("type").asString()).isEqualTo("json_object");
		assertThat(request.imageUrl()).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
		assertThat(request.prompt()).contains("JSON")
			.contains("groceries", "transportation", "other-expense")
			.contains("\"currency\"", "\"tax\"", "\"items\"")
			.doesNotContain("salary");
	}

	@Test
	void mapsAGoodAnswerToTheFields() throws IOException {
		stub.answer(GOOD_ANSWER);

		ScanResult result = openAi().scan(png());

		assertThat(result.format()).isEqualTo(ReceiptFormat.PNG);
		assertThat(result.text()).isEqualTo(GOOD_ANSWER);
		ReceiptFields fields = result.fields();
		assertThat(fields.merchant().value()).isEqualTo("Tesco Extra");
		assertThat(fields.merchant().confidence()).isEqualTo(ModelReply.CONFIDENCE);
		assertThat(fields.date().value()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(fields.total().value()).isEqualByComparingTo("23.45");
		assertThat(fields.tax().value()).isEqualByComparingTo("3.91");
		assertThat(fields.currency().value()).isEqualTo(Currency.getInstance("GBP"));
		assertThat(fields.category().value()).isEqualTo("groceries");
		assertThat(fields.items()).extracting(LineItem::description).containsExactly("Milk 2L", "Bread");
		assertThat(fields.items().get(1).amount()).hasToString("1.20");
		assertThat(fields.totalIn(Currency.getInstance("EUR")))
			.hasValueSatisfying(total -> assertThat(total.currency()).isEqualTo(Currency.getInstance("GBP")));
	}

	@Test
	void sendsThePdfsFirstPageAndWebpAsPng() throws IOException {
		stub.answer(GOOD_ANSWER);
		ReceiptScanner scanner = openAi();

		assertThat(scanner.scan(pdf()).format()).isEqualTo(ReceiptFormat.PDF);
		assertThat(stub.lastRequest().imageUrl()).startsWith("data:image/png;base64,");
		assertPng(stub.lastRequest().imageUrl());

		byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
		assertThat(scanner.scan(webp).format()).isEqualTo(ReceiptFormat.WEBP);
		assertPng(stub.lastRequest().imageUrl());
	}

	@Test
	void acceptsAnAnswerInAMarkdownFence() throws IOException {
		stub.answer("```json\n" + GOOD_ANSWER + "```");

		assertThat(openAi().scan(png()).fields().total().value()).isEqualByComparingTo("23.45");
	}

	@Test
	void refusesAnAnswerThatIsNotJsonWithAClearMessage() throws IOException {
		stub.answer("Sure! The total on this receipt is 23.45 pounds.");
		ReceiptScanner scanner = openAi();
		byte[] png = png();

		assertThatThrownBy(() -> scanner.scan(png)).isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("could not be read")
			.hasMessageContaining("enter the receipt by hand");
	}

	@Test
	void givesNoFieldsForAnImageThatIsNoReceipt() throws IOException {
		stub.answer("{}");

		ReceiptFields fields = openAi().scan(png()).fields();

		assertThat(fields).isEqualTo(new ReceiptFields(null, null, null, null, null, List.of(), null));
	}

	@Test
	void dropsTheImplausibleFieldsAndKeepsTheRest() throws IOException {
		stub.answer("""
				{"merchant": "<img src=x onerror=alert(1)>Corner\\u0000 Shop", "date": "2031-01-01",
				 "total": "-5.00", "tax": "2.00", "currency": "EURO", "category": "weapons",
				 "items": [{"description": "Coffee", "amount": "3.50"}]}
				""");

		ReceiptFields fields = openAi().scan(png()).fields();

		assertThat(fields.merchant().value()).isEqualTo("Corner Shop");
		assertThat(fields.date()).isNull();
		assertThat(fields.total()).isNull();
		assertThat(fields.tax().value()).isEqualByComparingTo("2.00");
		assertThat(fields.currency()).isNull();
		// the model's category is refused; the keywords suggest one from the items
		assertThat(fields.category().value()).isEqualTo("food");
	}

	@Test
	void saysSoWhenTheProviderRefusesTheRequest() throws IOException {
		stub.fail(401, "Incorrect API key provided");
		ReceiptScanner scanner = openAi();
		byte[] png = png();

		assertThatThrownBy(() -> scanner.scan(png)).isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("did not answer")
			.hasMessageNotContaining("test-key");
	}

	@Test
	void saysSoWhenTheProviderCannotBeReached() throws IOException {
		String closed = stub.baseUrl();
		stub.close();
		ReceiptScanner scanner = scanner(Provider.OPENAI, new Ai(closed, null, "m", Duration.ofSeconds(5)));
		byte[] png = png();

		assertThatThrownBy(() -> scanner.scan(png)).isInstanceOf(ReceiptRejectedException.class)
			.hasMessageContaining("AI provider (openai) did not answer");
	}

	@Test
	void reachesGeminiThroughItsOpenAiCompatibleEndpointWithItsDefaultModel() throws IOException {
		stub.answer(GOOD_ANSWER);
		ReceiptScanner scanner = scanner(Provider.GEMINI,
				new Ai(stub.url("/v1beta/openai/"), "gemini-key", null, Duration.ofSeconds(10)));

		assertThat(scanner.available()).isTrue();
		scanner.scan(png());

		assertThat(stub.lastRequest().path()).isEqualTo("/v1beta/openai/chat/completions");
		assertThat(stub.lastRequest().authorization()).isEqualTo("Bearer gemini-key");
		assertThat(stub.lastRequest().body().get("model").stringValue()).isEqualTo("gemini-2.5-flash");
	}

	@Test
	void geminiWithoutAnApiKeyIsUnavailableAndSaysHowToSetIt() throws IOException {
		ReceiptScanner scanner = scanner(Provider.GEMINI, Ai.unset());
		byte[] png = png();

		assertThat(scanner.available()).isFalse();
		assertThat(scanner.unavailableReason()).contains("expensync.receipts.ai.api-key")
			.contains("EXPENSYNC_RECEIPTS_AI_API_KEY")
			.contains("tesseract");
		assertThatThrownBy(() -> scanner.scan(png)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not available");
		assertThat(stub.requests()).isEmpty();
	}

	@Test
	void anOpenAiCompatibleEndpointNeedsNoKeyButAnHttpUrl() {
		assertThat(scanner(Provider.OPENAI, Ai.unset()).available()).isTrue();

		ReceiptScanner misconfigured = scanner(Provider.OPENAI,
				new Ai("localhost:11434", null, null, Duration.ofSeconds(60)));
		assertThat(misconfigured.available()).isFalse();
		assertThat(misconfigured.unavailableReason()).contains("expensync.receipts.ai.base-url");
	}

	private ReceiptScanner openAi() {
		return scanner(Provider.OPENAI, new Ai(stub.baseUrl(), "test-key", "test-vision", Duration.ofSeconds(10)));
	}

	private static ReceiptScanner scanner(Provider provider, Ai ai) {
		return new ReceiptScanner(new ReceiptProperties(DataSize.ofMegabytes(10), null, "eng", provider, ai, null,
				Duration.ofSeconds(30), Duration.ofSeconds(10), null), new KeywordCategories(), CLOCK);
	}

	private static void assertPng(String dataUrl) throws IOException {
		byte[] sent = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
		assertThat(ReceiptFormat.detect(sent)).contains(ReceiptFormat.PNG);
		assertThat(ImageIO.read(new ByteArrayInputStream(sent))).isNotNull();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(new PDRectangle(200, 300)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
