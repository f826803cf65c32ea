package io.expensync.reports;

import io.expensync.StubChatServer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The application with insight phrasing turned on by properties alone, against an
 * OpenAI-compatible stub on 127.0.0.1: the monthly report sends the computed insights and
 * their numbers but nothing the user wrote on a transaction, stores a paragraph that
 * passes the checks and shows it on the report page, in the email and the API, and keeps
 * to the computed insights when the paragraph makes up a number or the provider is slow.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class InsightPhrasingIntegrationTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	static final String GOOD = "October went well: you kept 46.2% of your income, €1,384.50, "
			+ "though spending was up 29.2% on September.";

	private static final StubChatServer stub = StubChatServer.start();

	@DynamicPropertySource
	static void phrasing(DynamicPropertyRegistry registry) {
		registry.add("expensync.insights.ai.enabled", () -> "true");
		registry.add("expensync.insights.ai.provider", () -> "openai");
		registry.add("expensync.insights.ai.base-url", stub::baseUrl);
		registry.add("expensync.insights.ai.model", () -> "stub-model");
		registry.add("expensync.insights.ai.timeout", () -> "2s");
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	MonthlyReports reports;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		stub.reset();
		clock.set(Instant.parse("2026-10-01T09:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		String giro = api.account(ann, "Giro", "1000.00");
		record(giro, "INCOME", "3000.00", "2026-09-01", "salary", "Salary Acme GmbH", null);
		record(giro, "EXPENSE", "1200.00", "2026-09-01", "housing", "Rent Elm Street 4", null);
		record(giro, "EXPENSE", "50.00", "2026-09-19", "food", "Dinner", "Trattoria Da Enzo");
		record(giro, "INCOME", "3000.00", "2026-10-01", "salary", "Salary Acme GmbH", null);
		record(giro, "EXPENSE", "1200.00", "2026-10-01", "housing", "Rent Elm Street 4", null);
		record(giro, "EXPENSE", "80.00", "2026-10-03", "groceries", "Weekly shop", "Lidl Kreuzberg");
		record(giro, "EXPENSE", "70.00", "2026-10-10", "groceries", "Weekly shop", "Lidl Kreuzberg");
		record(giro, "EXPENSE", "60.50", "2026-10-17", "groceries", "Weekly shop", "Lidl Kreuzberg");
		record(giro, "EXPENSE", "180.00", "2026-10-24", "food", "Birthday dinner for Mia", "Trattoria Da Enzo");
		record(giro, "EXPENSE", "25.00", "2026-10-25", "entertainment", "Cinema", null);
		clock.set(Instant.parse("2026-11-01T08:00:00Z"));
	}

	@Test
	void aParagraphThatStatesOnlyTheGivenNumbersIsStoredAndShown() {
		stub.answer(GOOD);

		assertThat(reports.make(ann.id(), OCTOBER)).isTrue();

		assertThat(stub.requests()).hasSize(1);
		String sent = stub.requests().get(0).body().toString();
		assertThat(sent).as("the insights' numbers").contains("46.2", "1384.50", "3000.00", "1615.50", "1200.00");
		assertThat(sent).as("nothing the user wrote on a transaction")
			.doesNotContain("Elm Street", "Lidl", "Kreuzberg", "Trattoria", "Enzo", "Birthday", "Mia", "Acme",
					"Weekly shop", "Cinema");

		MvcTestResult report = api.get(ann, "/api/v1/reports/2026-10");
		assertThat(report).bodyJson().extractingPath("$.summary").isEqualTo(GOOD);
		assertThat(report).bodyJson().extractingPath("$.summaryModel").isEqualTo("stub-model");
		List<String> insights = Api.read(report, "$.insights");
		assertThat(insights).as("the computed insights stay").hasSize(Insights.MAX);
		assertThat(mvc.get().uri("/reports/2026-10").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains(GOOD, "Summary written by stub-model", insights.get(0));

		MailboxEntry email = reportEmail();
		assertThat(email.text()).contains(GOOD, "Summary written by stub-model", "- " + insights.get(0));
		assertThat(email.html()).contains("Summary written by", "stub-model", insights.get(0));

		assertThat(reports.make(ann.id(), OCTOBER)).as("made once").isFalse();
		assertThat(stub.requests()).as("a made report is not phrased again").hasSize(1);
	}

	@Test
	void aParagraphWithAMadeUpNumberLeavesTheComputedInsightsAlone() {
		stub.answer("October went well: you kept 46.2% of your income and saved €1,400.00.");

		assertThat(reports.make(ann.id(), OCTOBER)).isTrue();

		assertThat(stub.requests()).hasSize(1);
		assertWithoutSummary();
	}

	@Test
	void aSlowProviderDoesNotHoldUpTheReport() {
		stub.answer(GOOD).after(Duration.ofSeconds(4));

		long start = System.nanoTime();
		assertThat(reports.make(ann.id(), OCTOBER)).isTrue();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3900));
		assertWithoutSummary();
	}

	@Test
	void aFailingProviderDoesNotHoldUpTheReport() {
		stub.fail(500, "overloaded");

		assertThat(reports.make(ann.id(), OCTOBER)).isTrue();

		assertWithoutSummary();
	}

	private void assertWithoutSummary() {
		MvcTestResult report = api.get(ann, "/api/v1/reports/2026-10");
		assertThat(report).bodyJson().extractingPath("$.stored").isEqualTo(true);
		assertThat(report).bodyJson().extractingPath("$.summary").isNull();
		List<String> insights = Api.read(report, "$.insights");
		assertThat(insights).hasSize(Insights.MAX);
		assertThat(mvc.get().uri("/reports/2026-10").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains(insights.get(0))
			.doesNotContain("Summary written by");
		assertThat(reportEmail().text()).contains("- " + insights.get(0)).doesNotContain("Summary written by");
	}

	private MailboxEntry reportEmail() {
		List<MailboxEntry> emails = outbox.mailbox(ann)
			.stream()
			.filter(email -> email.kind().equals("monthly-report"))
			.toList();
		assertThat(emails).hasSize(1);
		return emails.get(0);
	}

	private void record(String account, String type, String amount, String date, String category, String description,
			String merchant) {
		assertThat(
				api.post(ann, "/api/v1/transactions",
						"""
								{"type": "%s", "amount": "%s", "date": "%s", "category": "%s", "description": "%s", %s
								 "accountId": "%s"}
								""".formatted(type, amount, date, category, description,
								merchant == null ? "" : "\"merchant\": \"" + merchant + "\",", account)))
			.hasStatus(201);
	}

}
