package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.time.YearMonth;

import io.expensync.reports.MonthlyReports;
import io.expensync.users.CurrentUser;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Gives a user one of everything a user can own, through the API as a client would: two
 * accounts, income, an expense that crosses a budget threshold (an alert), a transfer, a
 * category of their own, two budgets with chosen counted accounts, a monthly schedule, a
 * receipt kept with a transaction, last month's report, an exchange rate typed in;
 * sign-up already gave them the default categories, a welcome email and a confirmation
 * link.
 */
public record UserDataFixtures(MockMvcTester mvc, Clock clock, MonthlyReports reports) {

	/** The ids of what was made. */
	public record Seeded(String giro, String savings, String category, String expense, String transfer, String schedule,
			String receipt, String receiptTransaction, byte[] receiptContent) {
	}

	public Seeded seed(CurrentUser user) {
		Api api = new Api(mvc);
		LocalDate today = user.today(clock);
		String giro = api.account(user, "Giro", "100.00");
		String savings = api.account(user, "Savings", "0.00");
		String category = Api.read(api.post(user, "/api/v1/categories", """
				{"name": "Pets of %s", "type": "EXPENSE", "colour": "#123456", "icon": "heart"}
				""".formatted(user.name())), "$.key");
		put(user, "/api/v1/budgets/ALL", "{\"amount\": \"100.00\"}");
		put(user, "/api/v1/budgets/" + category, "{\"amount\": \"50.00\", \"thresholds\": [50]}");
		put(user, "/api/v1/budgets/accounts", "{\"accountIds\": [\"%s\"]}".formatted(giro));
		record(user, "INCOME", "1000.00", today.minusMonths(1).withDayOfMonth(1), "salary", giro, null);
		String expense = record(user, "EXPENSE", "90.00", today, category, giro, null, "pets", "seeded");
		String transfer = Api.read(api.post(user, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "25.50", "date": "%s", "accountId": "%s", "toAccountId": "%s"}
				""".formatted(today, giro, savings)), "$.id");
		assertThat(api.post(user, "/api/v1/accounts/" + savings + "/reconciliations", """
				{"statementDate": "%s", "closingBalance": "25.50", "ids": ["%s"]}
				""".formatted(today, transfer))).hasStatusOk();
		String schedule = Api.read(api.post(user, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.99", "date": "%s", "category": "entertainment", "accountId": "%s",
				 "recurrence": {"interval": "MONTHLY"}}
				""".formatted(today, giro)), "$.recurringId");
		byte[] content = ("%PDF-1.4 receipt of " + user.email()).getBytes();
		String receipt = Api.read(mvc.post()
			.uri("/api/v1/receipts")
			.multipart()
			.file(new MockMultipartFile("file", "till.pdf", "application/pdf", content))
			.with(TestUsers.basic(user))
			.exchange(), "$.id");
		settle(api, user, receipt);
		String kept = record(user, "EXPENSE", "4.10", today, "food", giro, receipt);
		assertThat(api.put(user, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "%s", "rate": "0.95"}""".formatted(today))).hasStatusOk();
		assertThat(reports.make(user.id(), YearMonth.from(today).minusMonths(1))).isTrue();
		return new Seeded(giro, savings, category, expense, transfer, schedule, receipt, kept, content);
	}

	private String record(CurrentUser user, String type, String amount, LocalDate date, String category, String account,
			String receipt, String... tags) {
		MvcTestResult result = new Api(mvc).post(user, "/api/v1/transactions",
				"""
						{"type": "%s", "amount": "%s", "date": "%s", "category": "%s", "accountId": "%s",
						 "description": "%s by %s", "receiptId": %s, "tags": [%s]}
						""".formatted(type, amount, date, category, account, type, user.name(),
						receipt == null ? "null" : "\"" + receipt + "\"",
						Arrays.stream(tags).map((tag) -> "\"" + tag + "\"").collect(Collectors.joining(", "))));
		assertThat(result).hasStatus(201);
		return Api.read(result, "$.id");
	}

	private void put(CurrentUser user, String uri, String json) {
		assertThat(mvc.put().uri(uri).with(TestUsers.basic(user)).contentType(MediaType.APPLICATION_JSON).content(json))
			.hasStatusOk();
	}

	/**
	 * Waits until the background scan of the receipt is over (it fails on this fake PDF),
	 * so that it changes no row while a test compares them.
	 */
	private static void settle(Api api, CurrentUser user, String receipt) {
		await("the scan ends").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.pollInSameThread()
			.until(() -> !"SCANNING".equals(Api.read(api.get(user, "/api/v1/receipts/" + receipt), "$.status")));
	}

}
