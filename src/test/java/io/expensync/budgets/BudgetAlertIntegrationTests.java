package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.expensync.AfterCommitWorkDone;
import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Invariant 4: each (budget, threshold, month) alert is written to the outbox once, and
 * is written: right after the change that crosses it, with exact amounts; again in a new
 * month; never twice, whatever checks run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class BudgetAlertIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	@Autowired
	BudgetAlertChecks checks;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "1000.00");
		budget("ALL", "{\"amount\": \"100.00\"}");
		budget("food", "{\"amount\": \"50.00\", \"thresholds\": [50, 100]}");
	}

	@Test
	void eachThresholdAlertsOncePerMonthWithExactAmounts() {
		expense("40.00", "food");
		assertThat(subjects()).containsExactly("Budget alert: 80.0% of your Food budget used in May 2026");
		MailboxEntry first = alerts().get(0);
		assertThat(first.status()).as("no SMTP configured: readable here, not sent").isEqualTo("PENDING");
		assertThat(first.recipient()).isEqualTo(ann.email());
		assertThat(first.text()).contains("you have spent €40.00 of €50.00: 80.0% of your Food budget",
				"(you asked to hear at 50%)", "€10.00 left", "http://localhost:8080/budgets");
		assertThat(first.html()).contains("€40.00", "€50.00", "80.0%", "€10.00 left",
				"href=\"http://localhost:8080/budgets\"");

		expense("1.00", "food");
		assertThat(subjects()).as("50 % already told, 100 % not reached").hasSize(1);

		expense("45.55", "groceries");
		assertThat(subjects()).hasSize(2).contains("Budget alert: 86.6% of your monthly budget used in May 2026");

		expense("20.00", "food");
		assertThat(subjects()).hasSize(4)
			.contains("Budget alert: 122.0% of your Food budget used in May 2026",
					"Budget alert: 106.6% of your monthly budget used in May 2026");
		assertThat(alerts().stream().map(MailboxEntry::text).toList())
			.anySatisfy(text -> assertThat(text).contains("€11.00 over"))
			.anySatisfy(text -> assertThat(text).contains("€6.55 over"));

		checks.sweep();
		assertThat(subjects()).as("the sweep finds nothing new").hasSize(4);

		clock.set(Instant.parse("2026-06-02T08:00:00Z"));
		expense("30.00", "food");
		assertThat(subjects()).as("a new month alerts again")
			.hasSize(5)
			.contains("Budget alert: 60.0% of your Food budget used in June 2026");
	}

	@Test
	void loweringABudgetBelowTheSpendingAlertsAtOnce() {
		expense("30.00", "groceries");
		assertThat(subjects()).isEmpty();
		budget("ALL", "{\"amount\": \"35.00\"}");
		assertThat(subjects()).containsExactly("Budget alert: 85.7% of your monthly budget used in May 2026");
	}

	@Test
	void theMailboxIsForAdminsAndDevelopmentModeOnly() {
		assertThat(mvc.get().uri("/mailbox").with(TestUsers.session(ann))).hasStatus(404);
	}

	private List<String> subjects() {
		return alerts().stream().map(MailboxEntry::subject).toList();
	}

	private List<MailboxEntry> alerts() {
		afterCommitWork.await();
		return outbox.mailbox(ann).stream().filter(email -> email.kind().equals("budget-alert")).toList();
	}

	private void expense(String amount, String category) {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "%s", "category": "%s", "accountId": "%s"}
				""".formatted(amount, clock.instant().toString().substring(0, 10), category, giro))).hasStatus(201);
	}

	private void budget(String scope, String json) {
		assertThat(mvc.put()
			.uri("/api/v1/budgets/" + scope)
			.with(TestUsers.basic(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatusOk();
	}

}
