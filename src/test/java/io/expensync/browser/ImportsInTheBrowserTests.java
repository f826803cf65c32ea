package io.expensync.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Importing a card statement in a real browser: the file is uploaded, the preview reads
 * its charges as money in, the user says that a positive amount is money out in the
 * column mapping and sees the preview change, leaves a row out and takes it back in with
 * its checkbox, commits and watches the progress until it is done with the balance moved,
 * then undoes it and finds the balance as it was. Screenshots under
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportsInTheBrowserTests {

	/** A card statement: charges positive, a refund negative. */
	static final String CARD = """
			Date,Description,Amount
			2026-03-01,Coffee Corner,3.20
			2026-03-02,Grocer Weekly Shop,45.10
			2026-03-05,Refund Shoe Shop,-10.00
			""";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Chromium chromium;

	@LocalServerPort
	int port;

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

	@Test
	void aCardStatementIsFixedInThePreviewCommittedAndUndone() throws Exception {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			page.onDialog((dialog) -> dialog.accept());
			page.setViewportSize(1280, 900);
			signUpWithAnAccount(page);

			page.click("nav >> text=Import");
			page.waitForURL("**/imports");
			// a file over the limit is refused before it is sent
			page.setInputFiles("#file", new FilePayload("huge.csv", "text/csv", new byte[10 * 1024 * 1024 + 1]));
			assertThat((String) page.evaluate("document.querySelector('#file').validationMessage"))
				.contains("The file is larger than 10 MB.");
			page.click("main form[data-import-upload] button[type=submit]");
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/imports$"));

			page.setInputFiles("#file",
					new FilePayload("card-march.csv", "text/csv", CARD.getBytes(StandardCharsets.UTF_8)));
			page.click("main form[data-import-upload] button[type=submit]");
			page.waitForURL("**/imports/*");
			Locator coffee = page.locator("#row-0 td.amount");
			assertThat(coffee).hasText("+€3.20");
			assertThat(coffee).hasClass(java.util.regex.Pattern.compile("text-success"));
			assertThat(page.locator("[data-sample]")).containsText("Coffee Corner");
			assertThat(seriousViolations(page)).as("the preview page's accessibility").isEmpty();
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-preview-desktop.png"))
				.setFullPage(true));

			// the charges are money out on this card
			page.selectOption("#sign", "POSITIVE_IS_OUT");
			page.click("[data-remap]");
			assertThat(page.locator(".alert-success")).containsText("The file was read again with your columns.");
			assertThat(coffee).hasText("−€3.20");
			assertThat(coffee).hasClass(java.util.regex.Pattern.compile("text-danger"));
			assertThat(page.locator("#row-2 td.amount")).hasText("+€10.00");

			// a row left out and taken back in, with htmx
			Locator button = page.locator("[data-commit]");
			assertThat(button).hasText("Import 3 rows");
			page.uncheck("#include-1");
			assertThat(button).hasText("Import 2 rows");
			assertThat(page.locator("#row-1")).hasClass(java.util.regex.Pattern.compile("text-body-secondary"));
			page.check("#include-1");
			assertThat(button).hasText("Import 3 rows");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-remapped-desktop.png"))
				.setFullPage(true));
			page.setViewportSize(375, 800);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-remapped-phone.png"))
				.setFullPage(true));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth")).isFalse();
			page.setViewportSize(1280, 900);

			button.click();
			Locator done = page.locator("[data-done]");
			assertThat(done).containsText("Imported 3, skipped 0.",
					new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			assertThat(page.locator("#import-progress [data-balance]")).hasText("€61.70");
			assertThat(seriousViolations(page)).as("the committed import's accessibility").isEmpty();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-done-desktop.png"))
				.setFullPage(true));

			page.click("[data-undo]");
			page.waitForURL("**/imports");
			assertThat(page.locator(".alert-success"))
				.containsText("Undone: 3 transactions were removed and the balance moved back.");
			assertThat(page.locator("main table")).containsText("No imports yet.");
			assertThat(seriousViolations(page)).as("the import list's accessibility").isEmpty();
			page.click("nav >> text=Accounts");
			assertThat(page.locator("main table")).containsText("€100.00");
		}
	}

	/** What axe-core finds serious or critical on the page (WCAG 2.1 A and AA). */
	private static List<String> seriousViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
		return results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map((rule) -> rule.getId() + " " + rule.getNodes().stream().map((node) -> node.getTarget()).toList())
			.toList();
	}

	private void signUpWithAnAccount(Page page) {
		page.navigate(url("/signup"));
		page.fill("#name", "Ivo Import");
		page.fill("#email", "ivo+" + UUID.randomUUID() + "@example.org");
		page.fill("#password", "an import password");
		page.selectOption("#currency", "EUR");
		page.click("main form button[type=submit]");
		page.waitForURL("**/dashboard");
		page.click("button[data-bs-target='#addAccount']");
		page.fill("#addAccount #name", "Card");
		page.fill("#addAccount #openingBalance", "100");
		page.click("#addAccount button[type=submit]");
		page.waitForURL("**/dashboard");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
