package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.expensync.receipts.scanning.ReceiptScanner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A receipt in the transaction form, in a real browser: chosen with the file picker, the
 * upload and scan show progress, the form is filled in with a mark on each filled field
 * (which goes when the user corrects it), the transaction is saved with the receipt and
 * the receipt is shown from the transaction; a dropped file that is not a receipt is
 * refused with a message. Screenshots under {@code target/screenshots}.
 */
// sessions in the database, as the app keeps them (the other tests keep them in the
// container)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.autoconfigure.exclude=")
class ReceiptsInTheBrowserTests {

	private static final Path RECEIPTS = Path
		.of(System.getenv().getOrDefault("EXPENSYNC_RECEIPTS_DIR", "../shared/data/receipts-dev"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	ReceiptScanner scanner;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void needsTesseractAndTheReceipts() {
		if (!scanner.available() && Boolean.parseBoolean(System.getenv("EXPENSYNC_REQUIRE_TESSERACT"))) {
			throw new IllegalStateException("Tesseract is required: " + scanner.unavailableReason());
		}
		Assumptions.assumeTrue(scanner.available(), "Tesseract is not available");
		Assumptions.assumeTrue(Files.isDirectory(RECEIPTS), "no receipts at " + RECEIPTS.toAbsolutePath());
	}

	@Test
	void aReceiptFillsTheFormAndIsKeptWithTheTransaction() throws Exception {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			signUpWithAnAccount(page);

			page.navigate(url("/transactions/new"));
			page.setInputFiles("#receiptFile", RECEIPTS.resolve("sroie-309.jpg"));
			Locator status = page.locator("[data-receipt-status]");
			// a receipt in ringgit for a euro account: its total is the original amount,
			// and
			// the user enters what the account was charged
			assertThat(status).containsText("Filled in from the receipt: original amount, date, merchant, category",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			assertThat(page.locator("#amount")).hasValue("");
			assertThat(page.locator("#originalAmount")).hasValue("6.40");
			assertThat(page.locator("#originalCurrency")).hasValue("MYR");
			assertThat(page.locator("#originalAmount")).isVisible();
			assertThat(status.locator("[data-receipt-currency]"))
				.containsText("enter what the account was charged, in EUR");
			assertThat(page.locator("#date")).hasValue("2018-04-20");
			assertThat(page.locator("#merchant")).hasValue("PASARAYA JALAL SDN BHD");
			assertThat(page.locator("#description")).hasValue("PASARAYA JALAL SDN BHD");
			assertThat(page.locator("#category")).hasValue("groceries");
			assertThat(page.locator("label[for=originalAmount] [data-scan-mark]")).isVisible();
			assertThat(status.locator("dl")).containsText("Total");
			assertThat(status.locator("img.receipt-thumb")).isVisible();
			Files.createDirectories(SCREENSHOTS);
			page.setViewportSize(1280, 1100);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("receipt-scanned-desktop.png"))
				.setFullPage(true));
			page.setViewportSize(375, 800);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("receipt-scanned-phone.png"))
				.setFullPage(true));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth")).isFalse();
			page.setViewportSize(1280, 900);

			// the user enters the amount charged and corrects the original one: its mark
			// goes,
			// the others stay
			page.fill("#amount", "1.37");
			page.fill("#originalAmount", "6.50");
			assertThat(page.locator("label[for=originalAmount] [data-scan-mark]")).hasCount(0);
			assertThat(page.locator("label[for=date] [data-scan-mark]")).hasCount(1);
			page.click("main form button[type=submit]");
			page.waitForURL("**/accounts/*");
			assertThat(page.locator(".alert-success")).containsText("Transaction added");
			assertThat(page.locator("#ledger [data-original]")).containsText("6.50");

			page.locator("#ledger tbody tr[data-row]", new Page.LocatorOptions().setHasText("PASARAYA"))
				.locator("a[title=Edit]")
				.click();
			Locator kept = page.locator("[data-receipt-kept] a");
			assertThat(kept).containsText("View the receipt: sroie-309.jpg");
			assertThat(kept.locator("img.receipt-thumb")).isVisible();
			assertThat((Number) kept.locator("img").evaluate("img => img.naturalWidth")).isNotEqualTo(0);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("receipt-kept-desktop.png"))
				.setFullPage(true));

			// something dropped that is not a receipt is refused with a message
			JSHandle dropped = page.evaluateHandle("""
					(base64) => {
					  const data = new DataTransfer();
					  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
					  data.items.add(new File([bytes], 'notes.jpg', { type: 'image/jpeg' }));
					  return data;
					}""", Base64.getEncoder().encodeToString("just some text".getBytes()));
			page.locator("[data-receipt-drop]").dispatchEvent("drop", java.util.Map.of("dataTransfer", dropped));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("not a receipt image we can read");
		}
	}

	/**
	 * The split the scan proposes (here put into the server's own answer, as the lines of
	 * a receipt that fall under two categories would make it) fills the split editor at a
	 * click, and the transaction is saved split.
	 */
	@Test
	void aProposedSplitFillsTheSplitEditor() throws Exception {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			signUpWithAnAccount(page, "MYR");
			page.route(java.util.regex.Pattern.compile(".*/receipts/[0-9a-f-]{36}$"), (route) -> {
				com.microsoft.playwright.APIResponse response = route.fetch();
				String body = response.text().replace("\"parts\":[]", """
						"parts":[{"category":"groceries","amount":"4.40","description":"RICE, EGGS"},
						         {"category":"personal","amount":"2.00","description":"SOAP"}]""");
				route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(response).setBody(body));
			});

			page.navigate(url("/transactions/new"));
			page.setInputFiles("#receiptFile", RECEIPTS.resolve("sroie-309.jpg"));
			Locator split = page.locator("[data-receipt-split]");
			assertThat(split).containsText("Split by the receipt's lines: Groceries 4.40, Personal Care 2.00",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			split.click();
			Locator rows = page.locator("[data-split-editor] [data-split-row]");
			assertThat(rows).hasCount(2);
			assertThat(rows.nth(0).locator("select")).hasValue("groceries");
			assertThat(rows.nth(1).locator("[data-split-amount]")).hasValue("2.00");
			assertThat(page.locator("[data-split-remainder]")).hasText("The parts add up to the amount");
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("receipt-split-desktop.png"))
				.setFullPage(true));
			page.click("main form button[type=submit]");
			page.waitForURL("**/accounts/*");
			assertThat(page.locator("#ledger [data-split]")).containsText("4.40");
		}
	}

	private void signUpWithAnAccount(Page page) {
		signUpWithAnAccount(page, "EUR");
	}

	private void signUpWithAnAccount(Page page, String currency) {
		page.navigate(url("/signup"));
		page.fill("#name", "Rita Receipts");
		page.fill("#email", "rita+" + UUID.randomUUID() + "@example.org");
		page.fill("#password", "a receipt password");
		page.selectOption("#currency", "EUR");
		page.click("main form button[type=submit]");
		page.waitForURL("**/dashboard");
		page.click("button[data-bs-target='#addAccount']");
		page.fill("#addAccount #name", "Everyday");
		page.fill("#addAccount #openingBalance", "100");
		page.fill("#addAccount #currency", currency);
		page.click("#addAccount button[type=submit]");
		page.waitForURL("**/dashboard");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
