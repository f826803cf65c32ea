package io.expensync.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.receipts.scanning.ReceiptFixtures;
import io.expensync.receipts.scanning.ReceiptScanner;
import io.expensync.receipts.scanning.Tesseract;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A receipt from upload to the saved transaction: checked by content, scanned in the
 * background (polled as the form does), its category learnt from the user's own
 * transactions, kept with the transaction and shown from it; refused files, other users'
 * receipts, the per-user limit and the removal of receipts nothing kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ReceiptUploadIntegrationTests {

	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	ReceiptScanner scanner;

	@Autowired
	ReceiptCleanupJob cleanup;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${expensync.data-dir}")
	Path dataDir;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "100.00");
	}

	@Test
	void scansTheReceiptFillsTheFieldsAndKeepsItWithTheSavedTransaction() throws Exception {
		Tesseract.require(scanner);
		byte[] jpeg = receipt("sroie-309.jpg");
		// Ann filed this shop under shopping twice before: that beats the keyword guess
		// (groceries)
		for (String merchant : List.of("Pasaraya Jalal", "PASARAYA JALAL")) {
			assertThat(api.post(ann, "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "4.10", "date": "2026-05-01", "accountId": "%s",
					 "category": "shopping", "merchant": "%s"}""".formatted(giro, merchant))).hasStatus(201);
		}

		MvcTestResult uploaded = upload(ann, "/receipts", "till.jpg", jpeg);
		assertThat(uploaded).hasStatus(201);
		String id = Api.read(uploaded, "$.id");
		assertThat(Api.<String>read(uploaded, "$.fileName")).isEqualTo("till.jpg");

		MvcTestResult scanned = untilScanned(ann, "/receipts/" + id);
		assertThat(Api.<String>read(scanned, "$.status")).isEqualTo("SCANNED");
		assertThat(Api.<String>read(scanned, "$.fields.total.value")).isEqualTo("6.40");
		assertThat(Api.<String>read(scanned, "$.fields.date.value")).isEqualTo("2018-04-20");
		assertThat(Api.<String>read(scanned, "$.fields.merchant.value")).isEqualTo("PASARAYA JALAL SDN BHD");
		assertThat(Api.<String>read(scanned, "$.fields.category.value")).isEqualTo("shopping");
		assertThat(Api.<Boolean>read(scanned, "$.fields.categoryLearnt")).isTrue();
		assertThat(Api.<Double>read(scanned, "$.fields.total.confidence")).isBetween(0.0, 1.0);

		// the user corrects the amount before saving; the receipt goes with the form
		assertThat(mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "6.50")
			.param("date", "2018-04-20")
			.param("accountId", giro)
			.param("category", "shopping")
			.param("merchant", "PASARAYA JALAL SDN BHD")
			.param("receiptId", id)).hasStatus3xxRedirection();
		String transaction = jdbc
			.queryForObject("select id from transactions where user_id = ? and amount = 6.5", UUID.class, ann.id())
			.toString();
		assertThat(api.balance(ann, giro)).isEqualTo("85.30");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/receipts/" + id), "$.transactionId")).isEqualTo(transaction);

		assertThat(mvc.get().uri("/transactions/{id}/edit", transaction).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("/receipts/" + id + "/file")
			.contains("View the receipt: till.jpg");
		MvcTestResult file = mvc.get().uri("/receipts/{id}/file", id).with(TestUsers.session(ann)).exchange();
		assertThat(file).hasStatusOk().hasContentType("image/jpeg");
		assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(jpeg);
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("inline");
		assertThat(file.getResponse().getHeaders("Content-Security-Policy")).as("shown in a sandbox")
			.contains("sandbox; default-src 'none'; img-src 'self'");
	}

	/**
	 * A PDF can carry script and forms: it is downloaded, never opened on the app's
	 * origin.
	 */
	@Test
	void aPdfReceiptIsServedAsADownload() throws Exception {
		MvcTestResult uploaded = upload(ann, "/receipts", "invoice.pdf", ReceiptFixtures.pdf());
		assertThat(uploaded).hasStatus(201);
		MvcTestResult file = mvc.get()
			.uri("/receipts/{id}/file", Api.<String>read(uploaded, "$.id"))
			.with(TestUsers.session(ann))
			.exchange();
		assertThat(file).hasStatusOk().hasContentType("application/pdf");
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(file.getResponse().getHeaders("Content-Security-Policy")).singleElement()
			.asString()
			.startsWith("sandbox");
	}

	@Test
	void refusesWhatIsNotAReceiptAndStoresNothing() {
		byte[] text = "Hello, this is not a picture".getBytes();
		MvcTestResult notAnImage = upload(ann, "/receipts", "receipt.jpg", text);
		assertThat(notAnImage).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("JPEG, PNG");

		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		tooLarge[0] = (byte) 0xFF;
		tooLarge[1] = (byte) 0xD8;
		tooLarge[2] = (byte) 0xFF;
		MvcTestResult large = upload(ann, "/api/v1/receipts", "big.jpg", tooLarge);
		assertThat(large).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("larger than 10 MB");

		MvcTestResult empty = upload(ann, "/receipts", "empty.png", new byte[0]);
		assertThat(empty).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("empty");

		assertThat(jdbc.queryForObject("select count(*) from receipts where user_id = ?", Long.class, ann.id()))
			.isZero();
		assertThat(Files.exists(dataDir.resolve("receipts").resolve(ann.id().toString()))).isFalse();
	}

	@Test
	void anotherUsersReceiptIsNotFoundAndCannotBeKept() throws Exception {
		String id = Api.read(upload(ann, "/api/v1/receipts", "r.png", png()), "$.id");
		CurrentUser bob = users.signUp("Bob");
		String bobs = api.account(bob, "Bob's", "50.00");

		assertThat(api.get(bob, "/api/v1/receipts/" + id)).hasStatus(404);
		assertThat(mvc.get().uri("/receipts/{id}/file", id).with(TestUsers.session(bob))).hasStatus(404);
		assertThat(mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(bob))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "5.00")
			.param("date", "2026-05-10")
			.param("accountId", bobs)
			.param("category", "food")
			.param("receiptId", id)).hasStatusOk().bodyText().contains("That receipt is not one of yours");
		MvcTestResult viaApi = api.post(bob, "/api/v1/transactions",
				"""
						{"type": "EXPENSE", "amount": "5.00", "date": "2026-05-10", "accountId": "%s", "category": "food", "receiptId": "%s"}"""
					.formatted(bobs, id));
		assertThat(viaApi).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("receiptId");
		assertThat(api.balance(bob, bobs)).isEqualTo("50.00");
		assertThat(Api.<List<?>>read(api.get(bob, "/api/v1/transactions"), "$.items")).isEmpty();
		assertThat(Api.<Object>read(api.get(ann, "/api/v1/receipts/" + id), "$.transactionId")).isNull();
	}

	@Test
	void aReceiptKeptByNoTransactionIsRemovedAfterADay() throws Exception {
		String kept = Api.read(upload(ann, "/api/v1/receipts", "kept.png", png()), "$.id");
		String abandoned = Api.read(upload(ann, "/api/v1/receipts", "abandoned.png", png()), "$.id");
		String letGo = Api.read(upload(ann, "/api/v1/receipts", "let-go.png", png()), "$.id");
		String transaction = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "5.00", "date": "2026-05-10", "accountId": "%s", "category": "food",
				 "receiptId": "%s"}""".formatted(giro, kept)), "$.id");
		String other = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "6.00", "date": "2026-05-10", "accountId": "%s", "category": "food",
				 "receiptId": "%s"}""".formatted(giro, letGo)), "$.id");
		assertThat(api.delete(ann, "/api/v1/transactions/" + other)).hasStatus(204);
		assertThat(Api.<Object>read(api.get(ann, "/api/v1/receipts/" + letGo), "$.transactionId")).isNull();

		clock.set(clock.instant().plus(Duration.ofHours(23)));
		cleanup.run();
		assertThat(api.get(ann, "/api/v1/receipts/" + abandoned)).hasStatusOk();

		clock.set(clock.instant().plus(Duration.ofHours(2)));
		cleanup.run();
		assertThat(api.get(ann, "/api/v1/receipts/" + abandoned)).hasStatus(404);
		assertThat(api.get(ann, "/api/v1/receipts/" + letGo)).hasStatus(404);
		assertThat(api.get(ann, "/api/v1/receipts/" + kept)).hasStatusOk();
		Path folder = dataDir.resolve("receipts").resolve(ann.id().toString());
		try (var files = Files.list(folder)) {
			assertThat(files.map(path -> path.getFileName().toString())).containsExactly(kept);
		}
		assertThat(Api.<String>read(api.get(ann, "/api/v1/receipts/" + kept), "$.transactionId"))
			.isEqualTo(transaction);
	}

	@Test
	void uploadsPerUserAreLimitedAndTheLimitStoresNothing() throws Exception {
		long capacity = 100;
		for (int i = 0; i < capacity; i++) {
			assertThat(upload(ann, "/receipts", "x.txt", "not a receipt".getBytes())).hasStatus(400);
		}
		MvcTestResult refused = upload(ann, "/api/v1/receipts", "r.png", png());
		assertThat(refused).hasStatus(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isPositive();
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("many receipts");
		assertThat(jdbc.queryForObject("select count(*) from receipts where user_id = ?", Long.class, ann.id()))
			.isZero();

		// others are not held up, and the bucket refills with time
		CurrentUser bob = users.signUp("Bob");
		assertThat(upload(bob, "/api/v1/receipts", "r.png", png())).hasStatus(201);
		clock.set(clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(upload(ann, "/api/v1/receipts", "r.png", png())).hasStatus(201);
	}

	@Test
	void theFormOffersTheReceiptUpload() {
		assertThat(mvc.get().uri("/transactions/new").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("data-receipt-file", "capture=\"environment\"", "name=\"receiptId\"", "up to 10 MB");
	}

	private MvcTestResult upload(CurrentUser user, String path, String name, byte[] content) {
		var request = mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		return (path.startsWith("/api/") ? request.with(TestUsers.basic(user))
				: request.with(TestUsers.session(user)).with(csrf()))
			.exchange();
	}

	/** The receipt once it is no longer being scanned, polled as the form does. */
	private MvcTestResult untilScanned(CurrentUser user, String path) {
		return await("the scan ends").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.pollInSameThread()
			.until(() -> mvc.get().uri(path).with(TestUsers.session(user)).exchange(),
					result -> !"SCANNING".equals(Api.read(result, "$.status")));
	}

	private static byte[] receipt(String name) throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(RECEIPTS), "no receipts at " + RECEIPTS.toAbsolutePath());
		return Files.readAllBytes(RECEIPTS.resolve(name));
	}

	/** A small, valid PNG: a white square. */
	private static byte[] png() throws IOException {
		var image = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
