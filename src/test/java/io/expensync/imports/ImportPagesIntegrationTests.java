package io.expensync.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.Api;
import io.expensync.BalanceFromRows;
import io.expensync.TestUsers;
import io.expensync.imports.formats.BankFiles;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The import pages as a browser uses them: upload, the preview with its rows included or
 * left out, a CSV file's columns corrected, the commit in the background with its
 * progress, and the undo; every refused upload, mapping and commit shown with its message
 * and nothing changed; another user's import not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesIntegrationTests {

	static final String CSV = """
			Date,Payee,Memo,Amount
			2026-03-01,Coffee Corner,card 1234,-3.20
			2026-03-02,ACME Corp,salary march,2000.00
			2026-03-03,Grocer,weekly shop,-45.10
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "100.00");
	}

	@Test
	void aStatementIsUploadedCheckedRemappedCommittedInTheBackgroundAndUndone() {
		assertThat(page(ann, "/imports")).hasStatusOk()
			.bodyText()
			.contains("Import a bank statement", "Giro (EUR)", "OFX/QFX, QIF, CAMT.052/053/054 or CSV",
					"No imports yet.");
		String id = upload(ann, giro, "march.csv", CSV);
		MvcTestResult preview = page(ann, "/imports/" + id);
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("Preview of", "march.csv", "Coffee Corner", "€2,000.00", "€45.10",
					"Import <span id=\"included-count\">3</span> rows", "1 Mar 2026");
		assertThat(preview).bodyText()
			.as("the first lines of the file, to see which column is which")
			.contains("<td class=\"text-nowrap\">salary march</td>");

		// leave the salary out, as htmx does: the row and the count on the button come
		// back
		MvcTestResult left = mvc.post()
			.uri("/imports/" + id + "/rows/1")
			.with(TestUsers.session(ann))
			.with(csrf())
			.header("HX-Request", "true")
			.exchange();
		assertThat(left).hasStatusOk()
			.bodyText()
			.contains("id=\"row-1\"", "<span id=\"included-count\" hx-swap-oob=\"true\">2</span>");
		assertThat(left).bodyText().doesNotContain("<html");
		assertThat(page(ann, "/imports/" + id)).bodyText().contains("Import <span id=\"included-count\">2</span> rows");

		// the memo is the description, the payee the merchant
		MvcTestResult remapped = remap(ann, id, mapping(Map.of()));
		assertThat(remapped).hasRedirectedUrl("/imports/" + id)
			.flash()
			.containsEntry("success", "The file was read again with your columns.");
		assertThat(page(ann, "/imports/" + id)).bodyText()
			.contains("card 1234", "weekly shop", "Import <span id=\"included-count\">3</span> rows");
		assertThat(api.get(ann, "/api/v1/imports/" + id)).bodyJson()
			.extractingPath("$.rows[*].description")
			.isEqualTo(List.of("card 1234", "salary march", "weekly shop"));
		assertThat(api.balance(ann, giro)).as("a preview books nothing").isEqualTo("100.00");

		MvcTestResult started = post(ann, "/imports/" + id + "/commit");
		assertThat(started).hasRedirectedUrl("/imports/" + id);
		String done = waitUntilDone(ann, id);
		assertThat(done).contains("Imported 3, skipped 0.", "Undo", "€2,051.70");
		assertThat(api.balance(ann, giro)).isEqualTo("2051.70");
		BalanceFromRows.assertMatches(jdbc, giro, 0);
		assertThat(page(ann, "/imports/" + id)).bodyText().contains("Imported 3, skipped 0.");
		assertThat(page(ann, "/imports")).bodyText().contains("march.csv", "3 / 0", "Committed");
		assertThat(post(ann, "/imports/" + id + "/commit")).as("committed once only")
			.flash()
			.containsEntry("error", "This import was committed already.");

		MvcTestResult undone = post(ann, "/imports/" + id + "/discard");
		assertThat(undone).hasRedirectedUrl("/imports")
			.flash()
			.containsEntry("success", "Undone: 3 transactions were removed and the balance moved back.");
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
		BalanceFromRows.assertMatches(jdbc, giro, 0);
		assertThat(page(ann, "/imports/" + id)).hasStatus(404);
	}

	@Test
	void aDuplicateIsMarkedAndLeftOutAndCancellingLeavesNothing() {
		String first = upload(ann, giro, "a.csv", CSV);
		post(ann, "/imports/" + first + "/commit");
		waitUntilDone(ann, first);
		String again = upload(ann, giro, "a.csv", CSV);
		assertThat(page(ann, "/imports/" + again)).bodyText()
			.contains("Already on the account", "Import <span id=\"included-count\">0</span> rows",
					"<span>3</span> already on the account");
		assertThat(post(ann, "/imports/" + again + "/discard")).flash()
			.containsEntry("success", "The preview was dropped; nothing was booked.");
		assertThat(page(ann, "/imports/" + again)).hasStatus(404);
		assertThat(api.balance(ann, giro)).isEqualTo("2051.70");
	}

	@Test
	void aRefusedUploadShowsWhyAndStoresNothing() {
		assertThat(uploadResult(ann, giro, "empty.csv", new byte[0])).hasStatusOk()
			.bodyText()
			.contains("Choose a statement file: none was sent, or it is empty.");
		assertThat(uploadResult(ann, giro, "bad.csv",
				"Date,Description,Amount\n2026-03-01,Coffee,-3.20\n2026-03-02,Bread,-2.10\nyesterday,Tea,-2.00\n2026-03-04,Milk,-1.00\n2026-03-05,Jam,-4.00\n"
					.getBytes(StandardCharsets.UTF_8)))
			.bodyText()
			.contains("Line 4", "yesterday");
		assertThat(uploadResult(ann, giro, "checking.ofx", BankFiles.bytes("ofx/ofxparse-checking.ofx"))).bodyText()
			.contains("in USD", "in EUR");
		assertThat(uploadResult(ann, giro, "huge.csv", new byte[ImportService.MAX_BYTES + 1])).bodyText()
			.contains("The file is larger than 10 MB.");
		assertThat(mvc.post()
			.uri("/imports")
			.multipart()
			.file(new MockMultipartFile("file", "a.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)))
			.with(TestUsers.session(ann))
			.with(csrf())).bodyText().contains("Choose the account the statement is of.");
		assertThat(jdbc.queryForObject("select count(*) from imports where user_id = ?", Long.class, ann.id()))
			.isZero();
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
	}

	@Test
	void aMappingThatCannotBeOrDoesNotFitShowsWhyAndChangesNothing() {
		String id = upload(ann, giro, "march.csv", CSV);
		String before = jdbc.queryForObject("select mapping from imports where id = ?", String.class,
				UUID.fromString(id));

		MultiValueMap<String, String> noAmount = mapping(Map.of("amountColumn", ""));
		assertThat(remap(ann, id, noAmount)).hasStatusOk()
			.bodyText()
			.contains("The mapping is not possible: choose the amount column.");
		MultiValueMap<String, String> textAsDate = mapping(Map.of("dateColumn", "1"));
		assertThat(remap(ann, id, textAsDate)).hasStatusOk().bodyText().contains("Coffee Corner", "is not a date");
		MultiValueMap<String, String> notANumber = mapping(Map.of("dateColumn", "first"));
		assertThat(remap(ann, id, notANumber)).hasStatusOk()
			.bodyText()
			.contains("Columns and lines are numbers: dateColumn is not one.");
		assertThat(jdbc.queryForObject("select mapping from imports where id = ?", String.class, UUID.fromString(id)))
			.isEqualTo(before);
	}

	@Test
	void aCommitThatFailsShowsWhyAndBooksNothing() {
		String id = upload(ann, giro, "march.csv", CSV);
		jdbc.update("delete from categories where user_id = ? and type = 'INCOME'", ann.id());
		post(ann, "/imports/" + id + "/commit");
		String failed = waitUntil(ann, id, "data-state=\"failed\"");
		assertThat(failed).contains("Add an income category first: the statement has rows of that kind.",
				"Nothing was booked.");
		assertThat(page(ann, "/imports/" + id)).hasStatusOk()
			.bodyText()
			.contains("Add an income category first", "Preview of");
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
		assertThat(jdbc.queryForObject("select status from imports where id = ?", String.class, UUID.fromString(id)))
			.isEqualTo("PREVIEW");
	}

	@Test
	void anotherUsersImportIsNotFound() {
		String id = upload(ann, giro, "march.csv", CSV);
		CurrentUser bob = users.signUp("Bob");
		assertThat(page(bob, "/imports/" + id)).hasStatus(404);
		assertThat(page(bob, "/imports/" + id + "/progress")).hasStatus(404);
		assertThat(post(bob, "/imports/" + id + "/rows/0")).hasStatus(404);
		assertThat(remap(bob, id, mapping(Map.of()))).hasStatus(404);
		assertThat(post(bob, "/imports/" + id + "/commit")).hasStatus(404);
		assertThat(post(bob, "/imports/" + id + "/discard")).hasStatus(404);
		assertThat(uploadResult(bob, giro, "march.csv", CSV.getBytes(StandardCharsets.UTF_8))).hasStatus(404);
		assertThat(page(bob, "/imports")).bodyText().doesNotContain("march.csv", "Giro");
		assertThat(page(ann, "/imports/" + id)).hasStatusOk()
			.bodyText()
			.contains("Import <span id=\"included-count\">3</span> rows");
		assertThat(api.balance(ann, giro)).isEqualTo("100.00");
	}

	/**
	 * The mapping that reads the memo as the description and the payee as the merchant,
	 * with changes.
	 */
	static MultiValueMap<String, String> mapping(Map<String, String> changes) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("delimiter", ",");
		form.add("quote", "double");
		form.add("preambleLines", "0");
		form.add("header", "true");
		form.add("dateColumn", "0");
		form.add("datePattern", "yyyy-MM-dd");
		form.add("amounts", "one");
		form.add("amountColumn", "3");
		form.add("sign", "NEGATIVE_IS_OUT");
		form.add("decimalSeparator", ".");
		form.add("descriptionColumns", "2");
		form.add("payeeColumn", "1");
		changes.forEach(form::set);
		return form;
	}

	private MvcTestResult remap(CurrentUser user, String id, MultiValueMap<String, String> form) {
		return mvc.post()
			.uri("/imports/" + id + "/mapping")
			.with(TestUsers.session(user))
			.with(csrf())
			.params(form)
			.exchange();
	}

	private String waitUntilDone(CurrentUser user, String id) {
		return waitUntil(user, id, "data-state=\"done\"");
	}

	private String waitUntil(CurrentUser user, String id, String state) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			MvcTestResult progress = page(user, "/imports/" + id + "/progress");
			assertThat(progress).hasStatusOk();
			String body = text(progress);
			if (body.contains(state)) {
				return body;
			}
			sleep(50);
		}
		throw new AssertionError("The import did not get to " + state);
	}

	private MvcTestResult page(CurrentUser user, String path) {
		return mvc.get().uri(path).with(TestUsers.session(user)).exchange();
	}

	private MvcTestResult post(CurrentUser user, String path) {
		return mvc.post().uri(path).with(TestUsers.session(user)).with(csrf()).exchange();
	}

	private String upload(CurrentUser user, String accountId, String name, String content) {
		MvcTestResult result = uploadResult(user, accountId, name, content.getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus3xxRedirection();
		return result.getResponse().getRedirectedUrl().substring("/imports/".length());
	}

	private MvcTestResult uploadResult(CurrentUser user, String accountId, String name, byte[] content) {
		return mvc.post()
			.uri("/imports")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("accountId", accountId)
			.with(TestUsers.session(user))
			.with(csrf())
			.exchange();
	}

	static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
