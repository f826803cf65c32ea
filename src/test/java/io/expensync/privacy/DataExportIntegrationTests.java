package io.expensync.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.apitokens.ApiTokenForm;
import io.expensync.apitokens.ApiTokenLifetime;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.apitokens.CreatedApiToken;
import io.expensync.UserDataFixtures;
import io.expensync.UserDataFixtures.Seeded;
import io.expensync.reports.MonthlyReports;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The export of a user's data: all of theirs and nothing of anyone else's, amounts as
 * strings, no secrets, as a download; every transaction once, however many pages; the ZIP
 * with the receipt files.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataExportIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MonthlyReports reports;

	Api api;

	CurrentUser ann;

	CurrentUser bob;

	Seeded annsData;

	Seeded bobsData;

	@BeforeEach
	void twoUsersWithOneOfEverything() {
		api = new Api(mvc);
		UserDataFixtures fixtures = new UserDataFixtures(mvc, clock, reports);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
		annsData = fixtures.seed(ann);
		bobsData = fixtures.seed(bob);
	}

	@Test
	void isADownloadOfAllTheUsersDataAndNothingOfAnyoneElse() throws Exception {
		String annsRule = Api.read(api.post(ann, "/api/v1/rules", """
				{"name": "Bakery", "conditions": [{"field": "MERCHANT", "operator": "CONTAINS", "text": "otto"}],
				 "setCategory": "food"}"""), "$.id");
		api.post(bob, "/api/v1/rules", """
				{"name": "Bob's", "conditions": [{"field": "MERCHANT", "operator": "CONTAINS", "text": "bob"}],
				 "setCategory": "food"}""");
		MvcTestResult result = api.get(ann, "/api/v1/me/export");

		assertThat(result).hasStatusOk()
			.hasContentTypeCompatibleWith("application/json")
			.hasHeader("Content-Disposition",
					"attachment; filename=\"expensync-export-%s.json\"".formatted(ann.today(clock)));
		String body = result.getResponse().getContentAsString();
		Object json = JsonPath.parse(body).json();
		assertThat(read(json, "$.format", String.class)).isEqualTo("expensync-export/1");
		assertThat(Instant.parse(read(json, "$.exportedAt", String.class))).isBeforeOrEqualTo(clock.instant());
		assertThat(read(json, "$.profile.email", String.class)).isEqualTo(ann.email());

		assertThat(ids(json, "$.accounts[*].id")).containsExactlyInAnyOrder(annsData.giro(), annsData.savings());
		assertThat(ids(json, "$.transactions[*].id")).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
				"select cast(id as varchar(36)) from transactions where user_id = ?", String.class, ann.id()));
		assertThat(ids(json, "$.transactions[*].id")).contains(annsData.expense(), annsData.transfer());
		assertThat(read(json, "$.categories.length()", Integer.class)).isEqualTo(22);
		assertThat(ids(json, "$.categories[*].key")).contains(annsData.category(), "groceries");
		assertThat(ids(json, "$.budgets[*].scope")).containsExactlyInAnyOrder("ALL", annsData.category());
		assertThat(read(json, "$.budgets[?(@.scope == '%s')].thresholds[0]".formatted(annsData.category()), List.class))
			.containsExactly(50);
		assertThat(ids(json, "$.budgetAccounts.accountIds[*]")).containsExactly(annsData.giro());
		assertThat(ids(json, "$.recurring[*].id")).containsExactly(annsData.schedule());
		assertThat(read(json, "$.recurring[0].occurrences.length()", Integer.class)).isOne();
		assertThat(ids(json, "$.rules[*].id")).containsExactly(annsRule);
		assertThat(read(json, "$.rules[0].conditions[0].text", String.class)).isEqualTo("otto");
		assertThat(ids(json, "$.monthlyReports[*].month"))
			.containsExactly(ann.currentMonth(clock).minusMonths(1).toString());
		assertThat(read(json, "$.handRates", List.class))
			.containsExactly(Map.of("from", "USD", "to", "EUR", "date", ann.today(clock).toString(), "rate", "0.95"));
		assertThat(ids(json, "$.receipts[*].id")).containsExactly(annsData.receipt());
		assertThat(read(json, "$.receipts[0].sha256", String.class))
			.isEqualTo(jdbc.queryForObject("select sha256 from receipts where user_id = ?", String.class, ann.id()));
		assertThat(read(json, "$.receipts[0].transactionId", String.class)).isEqualTo(annsData.receiptTransaction());
		assertThat(ids(json, "$.emails[*].subject")).contains("Welcome to ExpenSync")
			.hasSize(jdbc.queryForObject("select count(*) from email_outbox where user_id = ?", Integer.class,
					ann.id()));

		// nothing of Bob's
		for (String bobs : List.of(bob.email(), bob.id().toString(), bobsData.giro(), bobsData.expense(),
				bobsData.category(), bobsData.schedule(), bobsData.receipt())) {
			assertThat(body).doesNotContain(bobs);
		}
	}

	@Test
	void writesMoneyAsDecimalStringsWithTheirCurrency() throws Exception {
		Object json = JsonPath.parse(api.get(ann, "/api/v1/me/export").getResponse().getContentAsString()).json();

		assertThat(read(json, "$.transactions[?(@.id == '%s')].amount".formatted(annsData.expense()), List.class))
			.containsExactly("90.00");
		assertThat(read(json, "$.transactions[?(@.id == '%s')].currency".formatted(annsData.expense()), List.class))
			.containsExactly("EUR");
		assertThat(read(json, "$.transactions[?(@.id == '%s')].tags".formatted(annsData.expense()), List.class))
			.containsExactly(List.of("pets", "seeded"));
		assertThat(read(json, "$.transactions[?(@.id == '%s')].toStatus".formatted(annsData.transfer()), List.class))
			.containsExactly("RECONCILED");
		assertThat(read(json, "$.reconciliations[*].closingBalance", List.class)).containsExactly("25.50");
		assertThat(read(json, "$.reconciliations[*].accountId", List.class)).containsExactly(annsData.savings());
		assertThat(read(json, "$.accounts[?(@.id == '%s')].balance".formatted(annsData.savings()), List.class))
			.containsExactly("25.50");
		assertThat(read(json, "$.budgets[?(@.scope == 'ALL')].amount", List.class)).containsExactly("100.00");
		assertThat(read(json, "$.monthlyReports[0].income", String.class)).isEqualTo("1000.00");
		for (String path : List.of("$.transactions[*].amount", "$.accounts[*].balance", "$.accounts[*].openingBalance",
				"$.budgets[*].amount", "$.recurring[*].amount")) {
			assertThat(read(json, path, List.class)).as(path).isNotEmpty().allSatisfy(amount -> {
				assertThat(amount).isInstanceOf(String.class);
				assertThat((String) amount).matches("-?\\d+\\.\\d{2}");
			});
		}
	}

	@Test
	void holdsSplitPartsAndAmountsInOtherCurrencies() throws Exception {
		String dollars = api.account(ann, "Card", "USD", "0.00");
		String transfer = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "10.00", "date": "2026-11-02", "accountId": "%s", "toAccountId": "%s",
				 "toAmount": "10.84"}""".formatted(annsData.giro(), dollars)), "$.id");
		String split = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "10.84", "date": "2026-11-02", "accountId": "%s",
				 "originalAmount": "1600", "originalCurrency": "JPY",
				 "splits": [{"category": "groceries", "amount": "8.84", "description": "Rice"},
				            {"category": "food", "amount": "2.00"}]}""".formatted(dollars)), "$.id");
		Object json = JsonPath.parse(api.get(ann, "/api/v1/me/export").getResponse().getContentAsString()).json();

		assertThat(read(json, "$.transactions[?(@.id == '%s')].toAmount".formatted(transfer), List.class))
			.containsExactly("10.84");
		assertThat(read(json, "$.transactions[?(@.id == '%s')].toCurrency".formatted(transfer), List.class))
			.containsExactly("USD");
		assertThat(read(json, "$.transactions[?(@.id == '%s')].originalAmount".formatted(split), List.class))
			.containsExactly("1600");
		assertThat(read(json, "$.transactions[?(@.id == '%s')].splits[*].amount".formatted(split), List.class))
			.containsExactly("8.84", "2.00");
		assertThat(read(json, "$.transactions[?(@.id == '%s')].splits[*].description".formatted(split), List.class))
			.containsExactly("Rice", null);
	}

	@Test
	void holdsNoPasswordOrTokenHash() throws Exception {
		String body = api.get(ann, "/api/v1/me/export").getResponse().getContentAsString();

		assertThat(body).doesNotContain("passwordHash", "password_hash", "tokenHash", "token_hash", "\"password\"",
				"totp", "secret");
		assertThat(body).doesNotContain(
				jdbc.queryForObject("select password_hash from users where id = ?", String.class, ann.id()));
		for (String token : jdbc.queryForList("select token_hash from email_tokens where user_id = ?", String.class,
				ann.id())) {
			assertThat(body).doesNotContain(token);
		}
	}

	@Test
	void theProfilePageButtonDownloadsTheSameWithTheSession() throws Exception {
		MvcTestResult result = mvc.get().uri("/profile/export").with(TestUsers.session(ann)).exchange();

		assertThat(result).hasStatusOk()
			.hasHeader("Content-Disposition",
					"attachment; filename=\"expensync-export-%s.json\"".formatted(ann.today(clock)));
		assertThat(JsonPath.<String>read(result.getResponse().getContentAsString(), "$.profile.email"))
			.isEqualTo(ann.email());
		assertThat(mvc.get().uri("/profile").with(TestUsers.session(ann)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Download my data", "/profile/export", "Delete my account");
	}

	@Test
	void writesEveryTransactionOnceOverManyPages() throws Exception {
		CurrentUser carl = users.signUp("Carl");
		String account = api.account(carl, "Giro", "0.00");
		// more than two pages, many sharing date and time, so the order falls back on the
		// id
		int count = DataExport.PAGE * 2 + 7;
		Instant created = Instant.parse("2026-01-01T12:00:00Z");
		for (int i = 0; i < count; i++) {
			jdbc.update("""
					insert into transactions (id, user_id, account_id, type, amount, currency, booked_on, created_at,
					updated_at, version) values (?, ?, ?, 'EXPENSE', 1.25, 'EUR', ?, ?, ?, 0)""", UUID.randomUUID(),
					carl.id(), UUID.fromString(account), Date.valueOf(LocalDate.of(2026, 1, 1 + i % 3)),
					Timestamp.from(created.plusSeconds(i % 2)), Timestamp.from(created));
		}

		String body = api.get(carl, "/api/v1/me/export").getResponse().getContentAsString();

		List<String> ids = JsonPath.read(body, "$.transactions[*].id");
		assertThat(ids).hasSize(count).doesNotHaveDuplicates();
		List<String> dates = JsonPath.read(body, "$.transactions[*].date");
		assertThat(dates).isSorted();
	}

	@Test
	void holdsTheUsersAuditLogOldestFirstAndNoneOfAnyoneElses() throws Exception {
		assertThat(failedSignIn(ann, "203.0.113.9")).hasRedirectedUrl("/login?error");
		assertThat(failedSignIn(bob, "198.51.100.77")).hasRedirectedUrl("/login?error");

		String body = api.get(ann, "/api/v1/me/export").getResponse().getContentAsString();
		Object json = JsonPath.parse(body).json();

		assertThat(read(json, "$.auditLog.length()", Integer.class)).isEqualTo(
				jdbc.queryForObject("select count(*) from audit_events where user_id = ?", Integer.class, ann.id()));
		assertThat(ids(json, "$.auditLog[*].kind")).contains("ACCOUNT_ADDED", "CATEGORY_ADDED", "BUDGET_ADDED",
				"BUDGET_ACCOUNTS_CHANGED", "TRANSACTION_ADDED", "SCHEDULE_ADDED", "SIGN_IN_FAILED");
		assertThat(ids(json, "$.auditLog[*].at").stream().map(Instant::parse).toList()).isSorted();
		String failed = "$.auditLog[?(@.kind == 'SIGN_IN_FAILED')].";
		assertThat(read(json, failed + "address", List.class)).containsExactly("203.0.113.9");
		assertThat(read(json, failed + "browser", List.class)).containsExactly("ExportTest/2.0");
		assertThat(read(json, failed + "description", List.class))
			.containsExactly("Failed sign-in (wrong password or code)");
		assertThat(read(json, failed + "at", List.class)).singleElement().isNotNull();
		assertThat(read(json, "$.auditLog[?(@.kind == 'BUDGET_ADDED')].detail", List.class))
			.contains("All spending: 100.00 EUR a month, alerts at 80 %, 100 %");
		assertThat(body).as("nothing of Bob's").doesNotContain("198.51.100.77");
	}

	@Test
	void namesTheUsersApiTokensButNeverASecret() throws Exception {
		CreatedApiToken made = tokens.create(ann,
				new ApiTokenForm("Bank sync", ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD));
		tokens.create(bob, new ApiTokenForm("Bob's script", ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD));

		String body = api.get(ann, "/api/v1/me/export").getResponse().getContentAsString();

		assertThat(JsonPath.<List<String>>read(body, "$.apiTokens[*].name")).containsExactly("Bank sync");
		assertThat(JsonPath.<List<String>>read(body, "$.apiTokens[*].expiresAt")).singleElement().isNotNull();
		assertThat(body).doesNotContain(made.secret()).doesNotContain("Bob's script");
	}

	@Test
	void writesEveryAuditEntryOnceOverManyPages() throws Exception {
		CurrentUser carl = users.signUp("Carl");
		// more than two pages, many sharing their time, so the order falls back on the id
		int count = 500 * 2 + 3;
		Instant at = Instant.parse("2026-01-01T12:00:00Z");
		for (int i = 0; i < count; i++) {
			jdbc.update("""
					insert into audit_events (id, user_id, kind, detail, created_at)
					values (?, ?, 'SIGNED_IN', ?, ?)""", UUID.randomUUID(), carl.id(), "entry " + i,
					Timestamp.from(at.plusSeconds(i % 3)));
		}

		String body = api.get(carl, "/api/v1/me/export").getResponse().getContentAsString();

		List<String> details = JsonPath.read(body, "$.auditLog[*].detail");
		assertThat(details).hasSize(count).doesNotHaveDuplicates();
		List<String> times = JsonPath.read(body, "$.auditLog[*].at");
		assertThat(times.stream().map(Instant::parse).toList()).isSorted();
	}

	private MvcTestResult failedSignIn(CurrentUser user, String address) {
		return mvc.post()
			.uri("/login")
			.param("username", user.email())
			.param("password", "not the password")
			.header("User-Agent", "ExportTest/2.0")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	@Test
	void theZipHoldsTheDataAndTheReceiptFiles() throws Exception {
		MvcTestResult result = api.get(ann, "/api/v1/me/export", "format", "zip");

		assertThat(result).hasStatusOk()
			.hasContentType("application/zip")
			.hasHeader("Content-Disposition",
					"attachment; filename=\"expensync-export-%s.zip\"".formatted(ann.today(clock)));
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(entries).containsOnlyKeys("data.json", "receipts/" + annsData.receipt() + "-till.pdf");
		assertThat(entries.get("receipts/" + annsData.receipt() + "-till.pdf")).isEqualTo(annsData.receiptContent());
		assertThat(JsonPath.<String>read(new String(entries.get("data.json")), "$.profile.email"))
			.isEqualTo(ann.email());
		assertThat(api.get(ann, "/api/v1/me/export", "format", "xml")).hasStatus(400);
	}

	private static <T> T read(Object json, String path, Class<T> type) {
		return type.cast(JsonPath.read(json, path));
	}

	private static List<String> ids(Object json, String path) {
		List<Object> values = JsonPath.read(json, path);
		return values.stream().map(String::valueOf).toList();
	}

}
