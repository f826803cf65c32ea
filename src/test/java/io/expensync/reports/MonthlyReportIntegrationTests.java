package io.expensync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The monthly report: made once per user on the 1st in the user's own timezone, with
 * figures and insights from the data, stored in the history and emailed only when the
 * month had activity and the user wants it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class MonthlyReportIntegrationTests {

	/** 1 November 2026, 00:30 in Berlin (UTC+1), still 31 October in Los Angeles. */
	static final Instant BERLIN_NEW_MONTH = Instant.parse("2026-10-31T23:30:00Z");

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	MutableClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	MonthlyReports reports;

	@Autowired
	MonthlyReportJob job;

	@Autowired
	StorageProvider jobStorage;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-10-01T09:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		String giro = api.account(ann, "Giro", "1000.00");
		// September
		record(ann, giro, "INCOME", "3000.00", "2026-09-01", "salary", "Salary", null);
		record(ann, giro, "EXPENSE", "1200.00", "2026-09-01", "housing", "Rent", null);
		record(ann, giro, "EXPENSE", "200.00", "2026-09-12", "groceries", "Shop", "Lidl");
		record(ann, giro, "EXPENSE", "50.00", "2026-09-19", "food", "Dinner", "Trattoria");
		// October
		record(ann, giro, "INCOME", "3000.00", "2026-10-01", "salary", "Salary", null);
		record(ann, giro, "EXPENSE", "1200.00", "2026-10-01", "housing", "Rent", null);
		record(ann, giro, "EXPENSE", "80.00", "2026-10-03", "groceries", "Shop", "Lidl");
		record(ann, giro, "EXPENSE", "70.00", "2026-10-10", "groceries", "Shop", "LIDL");
		record(ann, giro, "EXPENSE", "60.50", "2026-10-17", "groceries", "Shop", "Lidl");
		record(ann, giro, "EXPENSE", "180.00", "2026-10-24", "food", "Birthday dinner", "Trattoria");
		record(ann, giro, "EXPENSE", "25.00", "2026-10-25", "entertainment", "Cinema", null);
		// a transfer is neither income nor spending
		String savings = api.account(ann, "Savings", "0.00");
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "500.00", "date": "2026-10-02", "accountId": "%s", "toAccountId": "%s"}
				""".formatted(giro, savings))).hasStatus(201);
		budget(ann, "ALL", "1500.00");
		budget(ann, "food", "150.00");
	}

	@Test
	void octobersReportHasItsFiguresInsightsAndOneEmail() {
		clock.set(BERLIN_NEW_MONTH);
		assertThat(reports.due(userService.get(ann.id()))).contains(OCTOBER);

		assertThat(reports.make(ann.id(), OCTOBER)).isTrue();
		assertThat(reports.make(ann.id(), OCTOBER)).as("made once").isFalse();

		MvcTestResult report = api.get(ann, "/api/v1/reports/2026-10");
		assertThat(report).hasStatusOk();
		assertThat(report).bodyJson().extractingPath("$.stored").isEqualTo(true);
		assertThat(report).bodyJson().extractingPath("$.income").isEqualTo("3000.00");
		assertThat(report).bodyJson().extractingPath("$.expenses").isEqualTo("1615.50");
		assertThat(report).bodyJson().extractingPath("$.net").isEqualTo("1384.50");
		assertThat(report).bodyJson().extractingPath("$.transactions").isEqualTo(7);
		assertThat(report).bodyJson().extractingPath("$.previousExpenses").isEqualTo("1450.00");
		assertThat(report).bodyJson()
			.extractingPath("$.categories[*].key")
			.isEqualTo(List.of("housing", "groceries", "food", "entertainment"));
		assertThat(report).bodyJson().extractingPath("$.categories[2].previous").isEqualTo("50.00");
		assertThat(report).bodyJson().extractingPath("$.categories[2].changePercent").isEqualTo("260.0");
		assertThat(report).bodyJson().extractingPath("$.categories[3].changePercent").isNull();
		assertThat(report).bodyJson()
			.extractingPath("$.merchants[*].name")
			.isEqualTo(List.of("Rent", "Lidl", "Trattoria", "Cinema"));
		assertThat(report).bodyJson().extractingPath("$.merchants[1].count").isEqualTo(3);
		assertThat(report).bodyJson().extractingPath("$.merchants[1].amount").isEqualTo("210.50");
		assertThat(report).bodyJson().extractingPath("$.budgets[*].over").isEqualTo(List.of(true, true));

		List<String> insights = Api.read(report, "$.insights");
		assertThat(insights).as("the weightiest five, worked out from the numbers above")
			.containsExactly("2 of 2 budgets went over; All spending by the most: €115.50 over €1,500.00.",
					"You kept 46.2% of your income (€1,384.50): €3,000.00 in, €1,615.50 out.",
					"Your largest expense was €1,200.00 for Rent on 1 October, 74.3% of the month's spending.",
					"Spending was up 11.4% on September (€1,615.50, against €1,450.00).",
					"Food rose by €130.00 to €180.00 (+260%).");
		assertThat(insights).as("Housing is all the rent, told once already")
			.noneMatch(line -> line.startsWith("Housing took"));

		List<MailboxEntry> emails = reportEmails(ann);
		assertThat(emails).hasSize(1);
		MailboxEntry email = emails.get(0);
		assertThat(email.subject()).isEqualTo("Your October 2026 report: €1,615.50 spent");
		assertThat(email.text()).contains("Income: €3,000.00", "Spending: €1,615.50", "Net: +€1,384.50",
				"- " + insights.get(0), "- Housing: €1,200.00", "http://localhost:8080/reports/2026-10");
		assertThat(email.html()).contains("€1,615.50", insights.get(0), "Groceries",
				"href=\"http://localhost:8080/reports\"");

		assertThat(mvc.get().uri("/reports").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("October 2026", "€1,384.50");
		assertThat(mvc.get().uri("/reports/2026-10").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("What stood out", "Top merchants", "Over by €115.50", "+260.0%");
	}

	@Test
	void theMonthTurnsInEachUsersOwnTimezoneAndTheJobQueuesOneJobPerUser() {
		CurrentUser bob = users.signUp("Bob");
		assertThat(api.patch(bob, "/api/v1/me", "{\"timezone\": \"America/Los_Angeles\"}")).hasStatusOk();
		clock.set(BERLIN_NEW_MONTH);
		assertThat(reports.due(userService.get(bob.id())))
			.as("still 31 October in Los Angeles: September, " + "which ended before Bob signed up, has nothing due")
			.isEmpty();

		job.queueDue();
		assertThat(queuedFor(ann)).isEqualTo(1);
		assertThat(queuedFor(bob)).isZero();

		clock.set(Instant.parse("2026-11-01T08:00:00Z"));
		assertThat(reports.due(userService.get(bob.id()))).contains(OCTOBER);
		job.makeDueNow();
		assertThat(reports.exists(ann.id(), OCTOBER)).isTrue();
		assertThat(reports.exists(bob.id(), OCTOBER)).isTrue();
		assertThat(reportEmails(bob)).as("Bob had no activity: no email").isEmpty();
		assertThat(api.get(bob, "/api/v1/reports/2026-10")).bodyJson().extractingPath("$.transactions").isEqualTo(0);
		assertThat(api.get(bob, "/api/v1/reports/2026-10")).bodyJson()
			.extractingPath("$.insights")
			.isEqualTo(List.of());

		job.queueDue();
		assertThat(queuedFor(bob)).as("made: nothing more to queue").isZero();
	}

	@Test
	void concurrentJobsMakeOneReportAndOneEmail() throws Exception {
		clock.set(BERLIN_NEW_MONTH);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(() -> {
					job.make(ann.id(), "2026-10");
					return null;
				});
			}
			for (Future<Void> run : pool.invokeAll(runs)) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(api.get(ann, "/api/v1/reports")).bodyJson().extractingPath("$.items.length()").isEqualTo(1);
		assertThat(reportEmails(ann)).hasSize(1);
	}

	@Test
	void optingOutKeepsTheReportButSendsNoEmail() {
		assertThat(put(ann, "/api/v1/reports/email", "{\"enabled\": null}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("enabled");
		assertThat(api.get(ann, "/api/v1/reports/email")).bodyJson().extractingPath("$.enabled").isEqualTo(true);

		assertThat(put(ann, "/api/v1/reports/email", "{\"enabled\": false}")).hasStatusOk();
		clock.set(BERLIN_NEW_MONTH);
		reports.make(ann.id(), OCTOBER);
		assertThat(reports.exists(ann.id(), OCTOBER)).isTrue();
		assertThat(reportEmails(ann)).isEmpty();

		assertThat(mvc.post()
			.uri("/reports/email")
			.param("enabled", "true")
			.with(TestUsers.session(ann))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();
		assertThat(api.get(ann, "/api/v1/reports/email")).bodyJson().extractingPath("$.enabled").isEqualTo(true);
	}

	@Test
	void unfinishedOrMalformedMonthsAndOtherUsersReportsAreNotShown() {
		clock.set(BERLIN_NEW_MONTH);
		reports.make(ann.id(), OCTOBER);
		assertThat(api.get(ann, "/api/v1/reports/2026-11")).as("not over yet").hasStatus(404);
		assertThat(mvc.get().uri("/reports/2026-11").with(TestUsers.session(ann))).hasStatus(404);
		assertThat(mvc.get().uri("/reports/october").with(TestUsers.session(ann))).hasStatus(404);

		CurrentUser eve = users.signUp("Eve");
		assertThat(api.get(eve, "/api/v1/reports")).bodyJson().extractingPath("$.items").isEqualTo(List.of());
		MvcTestResult evesOctober = api.get(eve, "/api/v1/reports/2026-10");
		assertThat(evesOctober).bodyJson().extractingPath("$.stored").isEqualTo(false);
		assertThat(evesOctober).bodyJson().extractingPath("$.expenses").isEqualTo("0.00");

		clock.set(Instant.parse("2026-11-10T10:00:00Z"));
		assertThat(api.get(ann, "/api/v1/reports/2026-09")).as("a month without a stored report is worked out")
			.bodyJson()
			.extractingPath("$.expenses")
			.isEqualTo("1450.00");
	}

	private long queuedFor(CurrentUser user) {
		List<Job> queued = jobStorage.getJobList(StateName.ENQUEUED, new AmountRequest("updatedAt:ASC", 10_000));
		return queued.stream()
			.filter(queuedJob -> queuedJob.getJobDetails().getMethodName().equals("make"))
			.filter(queuedJob -> user.id().equals(queuedJob.getJobDetails().getJobParameterValues()[0]))
			.count();
	}

	private List<MailboxEntry> reportEmails(CurrentUser user) {
		return outbox.mailbox(user).stream().filter(email -> email.kind().equals("monthly-report")).toList();
	}

	private void record(CurrentUser user, String account, String type, String amount, String date, String category,
			String description, String merchant) {
		assertThat(
				api.post(user, "/api/v1/transactions",
						"""
								{"type": "%s", "amount": "%s", "date": "%s", "category": "%s", "description": "%s", %s
								 "accountId": "%s"}
								""".formatted(type, amount, date, category, description,
								merchant == null ? "" : "\"merchant\": \"" + merchant + "\",", account)))
			.hasStatus(201);
	}

	private void budget(CurrentUser user, String scope, String amount) {
		assertThat(put(user, "/api/v1/budgets/" + scope, "{\"amount\": \"" + amount + "\"}")).hasStatusOk();
	}

	private MvcTestResult put(CurrentUser user, String uri, String json) {
		return mvc.put()
			.uri(uri)
			.with(TestUsers.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
