package io.expensync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/**
 * {@code /api/v1/imports} end to end: a statement previewed, committed, imported again
 * without adding anything, overlapped by the next statement, and undone; bad files and
 * other users' ids refused with nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CurrentUser ann;

	String checking;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		checking = account(ann, "Checking", "USD", "100.00");
	}

	@Test
	void anOfxStatementIsPreviewedCommittedAndTheSameFileAddsNothingTheSecondTime() {
		MvcTestResult preview = upload(ann, checking, "checking.ofx", BankFiles.bytes("ofx/ofxparse-checking.ofx"));
		assertThat(preview).hasStatus(201);
		assertThat(preview).bodyJson().extractingPath("$.format").isEqualTo("OFX");
		assertThat(preview).bodyJson()
			.extractingPath("$.rows[*].amount")
			.isEqualTo(List.of("0.01", "-34.51", "-25.00"));
		assertThat(preview).bodyJson()
			.extractingPath("$.rows[*].date")
			.isEqualTo(List.of("2011-03-31", "2011-04-05", "2011-04-07"));
		assertThat(preview).bodyJson().extractingPath("$.rows[*].duplicate").isEqualTo(List.of(false, false, false));
		assertThat(preview).bodyJson()
			.extractingPath("$.rows[*].category")
			.isEqualTo(List.of("other-income", "other-expense", "other-expense"));
		assertThat(api.balance(ann, checking)).as("a preview books nothing").isEqualTo("100.00");

		MvcTestResult committed = api.post(ann, "/api/v1/imports/" + id(preview) + "/commit", "");
		assertThat(committed).hasStatusOk();
		assertThat(committed).bodyJson().extractingPath("$.imported").isEqualTo(3);
		assertThat(committed).bodyJson().extractingPath("$.skipped").isEqualTo(0);
		assertThat(api.balance(ann, checking)).isEqualTo("40.50");
		BalanceFromRows.assertMatches(jdbc, checking, 0);
		assertThat(
				Api.<List<String>>read(api.get(ann, "/api/v1/transactions?accountId=" + checking), "$.items[*].status"))
			.as("rows from the bank arrive cleared")
			.containsOnly("CLEARED")
			.hasSize(3);

		MvcTestResult again = upload(ann, checking, "checking.ofx", BankFiles.bytes("ofx/ofxparse-checking.ofx"));
		assertThat(again).bodyJson().extractingPath("$.rows[*].duplicate").isEqualTo(List.of(true, true, true));
		assertThat(again).bodyJson().extractingPath("$.rows[*].included").isEqualTo(List.of(false, false, false));
		MvcTestResult none = api.post(ann, "/api/v1/imports/" + id(again) + "/commit", "");
		assertThat(none).bodyJson().extractingPath("$.imported").isEqualTo(0);
		assertThat(none).bodyJson().extractingPath("$.skipped").isEqualTo(3);
		assertThat(api.balance(ann, checking)).isEqualTo("40.50");
		assertThat(api.post(ann, "/api/v1/imports/" + id(preview) + "/commit", "")).as("committed once only")
			.hasStatus(409);
	}

	@Test
	void anOverlappingCsvStatementAddsOnlyItsNewRowsAndUndoingPutsTheBalanceBack() {
		String march = """
				Date,Description,Amount
				2026-03-01,Coffee Corner,-3.20
				2026-03-02,Salary ACME,2000.00
				2026-03-03,Grocer,-45.10
				""";
		String marchToApril = """
				Date,Description,Amount
				2026-03-02,Salary ACME,2000.00
				2026-03-03,Grocer,-45.10
				2026-04-01,Rent,-750.00
				""";
		MvcTestResult first = upload(ann, checking, "march.csv", march.getBytes(StandardCharsets.UTF_8));
		assertThat(first).hasStatus(201);
		assertThat(first).bodyJson().extractingPath("$.format").isEqualTo("CSV");
		assertThat(first).bodyJson().extractingPath("$.mapping.dateColumn").isEqualTo(0);
		assertThat(api.post(ann, "/api/v1/imports/" + id(first) + "/commit", "")).bodyJson()
			.extractingPath("$.imported")
			.isEqualTo(3);
		assertThat(api.balance(ann, checking)).isEqualTo("2051.70");

		MvcTestResult second = upload(ann, checking, "april.csv", marchToApril.getBytes(StandardCharsets.UTF_8));
		assertThat(second).bodyJson().extractingPath("$.rows[*].duplicate").isEqualTo(List.of(true, true, false));
		assertThat(api.post(ann, "/api/v1/imports/" + id(second) + "/commit", "")).bodyJson()
			.extractingPath("$.imported")
			.isEqualTo(1);
		assertThat(api.balance(ann, checking)).isEqualTo("1301.70");

		assertThat(api.delete(ann, "/api/v1/imports/" + id(first))).hasStatus(204);
		assertThat(api.balance(ann, checking)).isEqualTo("-650.00");
		BalanceFromRows.assertMatches(jdbc, checking, 0);
		assertThat(jdbc.queryForObject("select count(*) from transactions where account_id = ?", Long.class,
				UUID.fromString(checking)))
			.isEqualTo(1);
	}

	@Test
	void aRowLeftOutOrADuplicateTakenInIsBookedAsChosen() {
		String csv = "Date,Description,Amount\n2026-03-01,Coffee,-3.20\n2026-03-01,Coffee,-3.20\n";
		MvcTestResult first = upload(ann, checking, "a.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(api.put(ann, "/api/v1/imports/" + id(first) + "/rows/1", "{\"included\": false}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.rows[*].included")
			.isEqualTo(List.of(true, false));
		api.post(ann, "/api/v1/imports/" + id(first) + "/commit", "");
		assertThat(api.balance(ann, checking)).isEqualTo("96.80");

		MvcTestResult second = upload(ann, checking, "a.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(second).bodyJson().extractingPath("$.rows[*].duplicate").isEqualTo(List.of(true, false));
		api.put(ann, "/api/v1/imports/" + id(second) + "/rows/0", "{\"included\": true}");
		assertThat(api.post(ann, "/api/v1/imports/" + id(second) + "/commit", "")).bodyJson()
			.extractingPath("$.imported")
			.isEqualTo(2);
		assertThat(api.balance(ann, checking)).isEqualTo("90.40");
	}

	@Test
	void aCorrectedMappingReadsTheFileAgainAndIsRememberedForTheAccount() {
		String csv = "Booked;Value date;Text;Amount\n01.03.2026;05.03.2026;Coffee;-3,20\n";
		MvcTestResult preview = upload(ann, checking, "bank.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview).bodyJson().extractingPath("$.rows[0].date").isEqualTo("2026-03-01");
		Map<String, Object> mapping = Api.read(preview, "$.mapping");
		String valueDate = mappingJson(mapping).replace("\"dateColumn\":0", "\"dateColumn\":1");
		MvcTestResult remapped = api.put(ann, "/api/v1/imports/" + id(preview) + "/mapping", valueDate);
		assertThat(remapped).hasStatusOk().bodyJson().extractingPath("$.rows[0].date").isEqualTo("2026-03-05");
		api.post(ann, "/api/v1/imports/" + id(preview) + "/commit", "");

		MvcTestResult next = upload(ann, checking, "bank.csv",
				"Booked;Value date;Text;Amount\n01.04.2026;06.04.2026;Tea;-2,00\n".getBytes(StandardCharsets.UTF_8));
		assertThat(next).as("the account's remembered mapping")
			.bodyJson()
			.extractingPath("$.rows[0].date")
			.isEqualTo("2026-04-06");
	}

	@Test
	void aBadFileIsRefusedNamingItsLineAndNothingIsKept() {
		MvcTestResult error = upload(ann, checking, "error.ofx", BankFiles.bytes("ofx/ofxparse-error_message.ofx"));
		assertThat(error).hasStatus(400);
		assertThat(error).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
		assertThat(error).bodyJson().extractingPath("$.detail").asString().contains("Line 23");

		MvcTestResult notADate = upload(ann, checking, "bad.csv", """
				Date,Description,Amount
				2026-03-01,Coffee,-3.20
				2026-03-02,Bread,-2.10
				yesterday,Tea,-2.00
				2026-03-04,Milk,-1.00
				2026-03-05,Jam,-4.00
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(notADate).hasStatus(400);
		assertThat(notADate).bodyJson().extractingPath("$.detail").asString().contains("Line 4", "yesterday");

		MvcTestResult currency = upload(ann, account(ann, "Euro", "EUR", "0"), "checking.ofx",
				BankFiles.bytes("ofx/ofxparse-checking.ofx"));
		assertThat(currency).hasStatus(400);
		assertThat(currency).bodyJson().extractingPath("$.detail").asString().contains("in USD", "in EUR");

		assertThat(api.get(ann, "/api/v1/imports")).bodyJson().extractingPath("$").asArray().isEmpty();
		assertThat(api.balance(ann, checking)).isEqualTo("100.00");
	}

	@Test
	void anotherUsersAccountAndImportsAreNotFound() {
		CurrentUser bob = users.signUp("Bob");
		assertThat(upload(bob, checking, "checking.ofx", BankFiles.bytes("ofx/ofxparse-checking.ofx"))).hasStatus(404);
		MvcTestResult preview = upload(ann, checking, "checking.ofx", BankFiles.bytes("ofx/ofxparse-checking.ofx"));
		String path = "/api/v1/imports/" + id(preview);
		assertThat(api.get(bob, path)).hasStatus(404);
		assertThat(api.post(bob, path + "/commit", "")).hasStatus(404);
		assertThat(api.delete(bob, path)).hasStatus(404);
		assertThat(api.get(ann, path)).hasStatusOk();
		assertThat(api.balance(ann, checking)).isEqualTo("100.00");
	}

	@Test
	void aBigPreviewIsShownAPageAtATimeAndABadPageIsRefusedWithNothingKept() {
		StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
		for (int i = 0; i < 1_500; i++) {
			csv.append("2026-03-")
				.append(String.format("%02d", 1 + i % 28))
				.append(",Shop ")
				.append(i)
				.append(",-1.00\n");
		}
		byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(mvc.post()
			.uri("/api/v1/imports")
			.multipart()
			.file(new MockMultipartFile("file", "big.csv", "text/csv", content))
			.param("accountId", checking)
			.param("rowsFrom", "-1")
			.with(TestUsers.basic(ann))
			.exchange()).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("rowsFrom");
		assertThat(api.get(ann, "/api/v1/imports")).as("the refused upload kept nothing")
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();

		MvcTestResult preview = upload(ann, checking, "big.csv", content);
		assertThat(preview).hasStatus(201).bodyJson().extractingPath("$.rowCount").isEqualTo(1_500);
		assertThat(preview).bodyJson().extractingPath("$.rows").asArray().hasSize(1_000);
		MvcTestResult last = api.get(ann, "/api/v1/imports/" + id(preview) + "?rowsFrom=1490&rowsLimit=50");
		assertThat(last).bodyJson().extractingPath("$.rows[*].position").asArray().hasSize(10).startsWith(1490);
		assertThat(last).bodyJson().extractingPath("$.rows[0].description").isEqualTo("Shop 1490");
		assertThat(api.get(ann, "/api/v1/imports/" + id(preview) + "?rowsLimit=-5")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("rowsLimit");
		assertThat(api.post(ann, "/api/v1/imports/" + id(preview) + "/commit", "")).bodyJson()
			.extractingPath("$.imported")
			.isEqualTo(1_500);
		assertThat(api.balance(ann, checking)).isEqualTo("-1400.00");
	}

	@Test
	void aCategoryArchivedAfterThePreviewIsNotBookedTheRowIsFiledAnew() {
		String csv = "Date,Description,Category,Amount\n2026-03-01,Market,Groceries,-12.00\n";
		MvcTestResult preview = upload(ann, checking, "market.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview).bodyJson().extractingPath("$.rows[0].category").isEqualTo("groceries");
		assertThat(api.patch(ann, "/api/v1/categories/groceries", "{\"archived\": true}")).hasStatusOk();
		assertThat(api.get(ann, "/api/v1/imports/" + id(preview))).bodyJson()
			.extractingPath("$.rows[0].category")
			.isEqualTo("other-expense");
		api.post(ann, "/api/v1/imports/" + id(preview) + "/commit", "");
		assertThat(jdbc.queryForObject("select category_key from transactions where account_id = ?", String.class,
				UUID.fromString(checking)))
			.isEqualTo("other-expense");
	}

	@Test
	void theUsersRulesFileTheRowsInThePreviewAndTheCommittedTransactions() {
		assertThat(api.post(ann, "/api/v1/rules",
				"""
						{"name": "Bakery", "conditions": [{"field": "DESCRIPTION", "operator": "STARTS_WITH", "text": "card bakery"}],
						 "type": "EXPENSE", "setCategory": "food", "setMerchant": "Otto's bakery"}"""))
			.hasStatus(201);
		assertThat(api.post(ann, "/api/v1/rules",
				"""
						{"name": "Refunds", "conditions": [{"field": "DESCRIPTION", "operator": "MATCHES", "text": "^refund [0-9]+$"}],
						 "accountId": "%s", "setDescription": "Refund from the shop"}"""
					.formatted(checking)))
			.hasStatus(201);
		MvcTestResult preview = upload(ann, checking, "statement.csv", """
				Date,Description,Amount
				2026-11-02,CARD BAKERY OTTO 4411,-2.40
				2026-11-03,Refund 7731,5.00
				2026-11-04,Cinema,-9.00
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(preview).hasStatus(201);
		assertThat(Api.<List<String>>read(preview, "$.rows[*].category")).containsExactly("food", "other-income",
				"other-expense");
		assertThat(Api.<String>read(preview, "$.rows[0].merchant")).isEqualTo("Otto's bakery");
		assertThat(Api.<String>read(preview, "$.rows[1].description")).isEqualTo("Refund from the shop");

		assertThat(mvc.post().uri("/api/v1/imports/" + id(preview) + "/commit").with(TestUsers.basic(ann)).exchange())
			.hasStatus(200);
		// newest first
		MvcTestResult booked = api.get(ann, "/api/v1/transactions?accountId=" + checking);
		assertThat(Api.<List<String>>read(booked, "$.items[*].category")).containsExactly("other-expense",
				"other-income", "food");
		assertThat(Api.<List<String>>read(booked, "$.items[*].merchant")).containsExactly(null, null, "Otto's bakery");
		assertThat(Api.<String>read(booked, "$.items[1].description")).isEqualTo("Refund from the shop");
	}

	@Test
	void ofAFileWithSeveralAccountsTheRowsOfTheOneNamedAsTheAccountAreTaken() {
		byte[] qif = """
				!Account
				NChecking
				TBank
				^
				!Type:Bank
				D11/02/2026
				PBakery
				T-2.40
				^
				!Account
				NHoliday  savings
				TBank
				^
				!Type:Bank
				D11/03/2026
				PInterest
				T1.25
				^
				""".getBytes(StandardCharsets.UTF_8);
		String savings = account(ann, "holiday savings", "USD", "10.00");
		MvcTestResult preview = upload(ann, savings, "two.qif", qif);
		assertThat(preview).hasStatus(201);
		assertThat(Api.<List<String>>read(preview, "$.rows[*].amount")).containsExactly("1.25");
		assertThat(Api.<List<String>>read(preview, "$.warnings")).anyMatch((warning) -> warning.contains("Checking"));

		String other = account(ann, "Travel", "USD", "0.00");
		MvcTestResult refused = upload(ann, other, "two.qif", qif);
		assertThat(refused).hasStatus(400);
		assertThat(Api.<String>read(refused, "$.detail")).contains("Checking, Holiday  savings")
			.contains("an account named as one of them");
		assertThat(Api.<List<Object>>read(api.get(ann, "/api/v1/imports"), "$")).hasSize(1);
	}

	@Test
	void aQifRowFiledUnderAnotherOfTheUsersAccountsIsATransferWithItAndUndoneWithIt() {
		String savings = account(ann, "Holiday Savings", "USD", "10.00");
		byte[] qif = """
				!Type:Bank
				D11/02/2026
				PTo savings
				T-25.00
				L[Holiday savings]
				^
				D11/03/2026
				PBakery
				T-2.40
				LFood
				^
				D11/04/2026
				PFrom the old account
				T7.00
				L[Closed long ago]
				^
				""".getBytes(StandardCharsets.UTF_8);
		MvcTestResult preview = upload(ann, checking, "checking.qif", qif);
		assertThat(preview).hasStatus(201);
		assertThat(Api.<List<String>>read(preview, "$.rows[*].transferAccountId")).containsExactly(savings, null, null);
		assertThat(Api.<String>read(preview, "$.rows[0].category")).isNull();
		assertThat(Api.<String>read(preview, "$.rows[2].category")).isEqualTo("other-income");

		assertThat(mvc.post().uri("/api/v1/imports/" + id(preview) + "/commit").with(TestUsers.basic(ann)).exchange())
			.hasStatus(200);
		assertThat(api.balance(ann, checking)).isEqualTo("79.60");
		assertThat(api.balance(ann, savings)).isEqualTo("35.00");
		assertThat(jdbc.queryForList(
				"select cast(to_account_id as varchar(36)) from transactions where type = 'TRANSFER' and account_id = ?",
				String.class, UUID.fromString(checking)))
			.containsExactly(savings);
		BalanceFromRows.assertMatches(jdbc, checking, 0);
		BalanceFromRows.assertMatches(jdbc, savings, 0);

		assertThat(mvc.delete().uri("/api/v1/imports/" + id(preview)).with(TestUsers.basic(ann)).exchange())
			.hasStatus(204);
		assertThat(api.balance(ann, checking)).isEqualTo("100.00");
		assertThat(api.balance(ann, savings)).isEqualTo("10.00");
		BalanceFromRows.assertMatches(jdbc, savings, 0);
	}

	private String account(CurrentUser user, String name, String currency, String opening) {
		MvcTestResult result = api.post(user, "/api/v1/accounts", """
				{"name": "%s", "type": "CURRENT", "currency": "%s", "openingBalance": "%s"}
				""".formatted(name, currency, opening));
		assertThat(result).hasStatus(201);
		return Api.read(result, "$.id");
	}

	private MvcTestResult upload(CurrentUser user, String accountId, String name, byte[] content) {
		return api.upload(user, accountId, name, content);
	}

	private static String id(MvcTestResult result) {
		return Api.read(result, "$.id");
	}

	private static String mappingJson(Map<String, Object> mapping) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(mapping);
	}

}
