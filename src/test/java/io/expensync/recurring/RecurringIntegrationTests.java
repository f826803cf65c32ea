package io.expensync.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Schedules with a clock the test moves: catch-up, month ends, end dates, exactly-once
 * under concurrent runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class RecurringIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	RecurringOccurrencesJob job;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "0");
	}

	@Test
	void aPastStartIsCaughtUpAtOnceWithCalendarCorrectMonthEnds() {
		MvcTestResult created = api.post(ann, "/api/v1/transactions",
				"""
						{"type": "EXPENSE", "amount": "950.00", "date": "2026-01-31", "description": "Rent",
						 "category": "housing", "accountId": "%s", "recurrence": {"interval": "MONTHLY", "every": 1, "until": null}}
						"""
					.formatted(giro));
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.recurringId").isNotNull();

		assertThat(dates("Rent")).containsExactly("2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31");
		assertThat(api.balance(ann, giro)).isEqualTo("-3800.00");
		MvcTestResult schedules = api.get(ann, "/api/v1/recurring");
		assertThat(schedules).bodyJson().extractingPath("$.items[0].nextDue").isEqualTo("2026-05-31");
		assertThat(schedules).bodyJson().extractingPath("$.items[0].occurrences.length()").isEqualTo(4);

		job.run();
		assertThat(dates("Rent")).as("nothing more is due in May").hasSize(4);
		clock.set(Instant.parse("2026-08-01T09:00:00Z"));
		job.run();
		job.run();
		assertThat(dates("Rent")).as("a second run books nothing twice")
			.startsWith("2026-07-31", "2026-06-30", "2026-05-31")
			.hasSize(7);
		assertThat(api.balance(ann, giro)).isEqualTo("-6650.00");
	}

	@Test
	void aScheduleStartsAtMostAYearBackAndARefusedOneBooksNothing() {
		MvcTestResult refused = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "1.00", "date": "1900-01-01", "description": "Coffee",
				 "category": "food", "accountId": "%s", "recurrence": {"interval": "DAILY"}}
				""".formatted(giro));
		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].message").asString().contains("at most a year back");
		assertThat(dates("Coffee")).isEmpty();
		assertThat(api.balance(ann, giro)).isEqualTo("0.00");
		assertThat(api.get(ann, "/api/v1/recurring")).bodyJson().extractingPath("$.items.length()").isEqualTo(0);

		LocalDate yearBack = LocalDate.now(clock).minusYears(1);
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "1.00", "date": "%s", "description": "Paper",
				 "category": "food", "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}
				""".formatted(yearBack, giro))).hasStatus(201);
		assertThat(dates("Paper")).as("a year of months, caught up").hasSize(13);
	}

	@Test
	void dueMeansDueInTheUsersTimezoneAndEndsOnTheEndDate() {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "INCOME", "amount": "10.00", "date": "2026-05-10", "description": "Pocket money",
				 "category": "other-income", "accountId": "%s",
				 "recurrence": {"interval": "WEEKLY", "every": 1, "until": "2026-05-31"}}
				""".formatted(giro))).hasStatus(201);
		// 23:30 UTC on the 16th is already the 17th in Berlin: the second occurrence is
		// due there
		clock.set(Instant.parse("2026-05-16T22:30:00Z"));
		job.run();
		assertThat(dates("Pocket money")).containsExactly("2026-05-17", "2026-05-10");
		clock.set(Instant.parse("2026-07-01T12:00:00Z"));
		job.run();
		assertThat(dates("Pocket money")).as("24 and 31 May; 7 June is past the end")
			.containsExactly("2026-05-31", "2026-05-24", "2026-05-17", "2026-05-10");
		assertThat(api.get(ann, "/api/v1/recurring")).bodyJson().extractingPath("$.items[0].nextDue").isNull();
	}

	@Test
	void concurrentRunsBookEachOccurrenceOnce() throws Exception {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "1.00", "date": "2026-05-10", "description": "Daily coffee",
				 "category": "food", "accountId": "%s", "recurrence": {"interval": "DAILY", "every": 1, "until": null}}
				""".formatted(giro))).hasStatus(201);
		clock.set(Instant.parse("2026-07-08T12:00:00Z"));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Integer>> runs = pool.invokeAll(List.of(job::run, job::run, job::run, job::run));
		pool.shutdown();
		int booked = 0;
		for (Future<Integer> run : runs) {
			booked += run.get();
		}
		assertThat(booked).as("at least 10 May to 8 July, after the first: 59 days").isGreaterThanOrEqualTo(59);
		assertThat(meters.get("expensync.recurring.booked").counter().count()).isGreaterThanOrEqualTo(59);
		assertThat(dates("Daily coffee")).hasSize(60).doesNotHaveDuplicates();
		assertThat(api.balance(ann, giro)).isEqualTo("-60.00");
	}

	@Test
	void theFormMakesAScheduleAndTheAccountPageShowsItsBadgeAndFilter() {
		assertThat(mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "12.99")
			.param("accountId", giro)
			.param("category", "entertainment")
			.param("date", "2026-05-10")
			.param("description", "Streaming")
			.param("recurring", "true")
			.param("interval", "MONTHLY")
			.param("every", "1")).hasRedirectedUrl("/accounts/" + giro);
		api.transaction(ann, giro, "EXPENSE", "3.00", "food");

		MvcTestResult page = mvc.get().uri("/accounts/" + giro).with(TestUsers.session(ann)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Monthly · next 10 Jun 2026");
		MvcTestResult recurringOnly = mvc.get()
			.uri("/accounts/" + giro)
			.param("recurring", "true")
			.with(TestUsers.session(ann))
			.exchange();
		assertThat(recurringOnly).bodyText().contains("Streaming", "1 matching").doesNotContain("3.00");
		MvcTestResult oneTimeOnly = mvc.get()
			.uri("/accounts/" + giro)
			.param("recurring", "false")
			.with(TestUsers.session(ann))
			.exchange();
		assertThat(oneTimeOnly).bodyText().contains("1 matching").doesNotContain("Streaming");
	}

	@Test
	void refusesABadRecurrenceAndBooksNothing() {
		for (String recurrence : List.of("{\"interval\": \"HOURLY\"}", "{\"interval\": \"MONTHLY\", \"every\": 0}",
				"{\"interval\": \"MONTHLY\", \"until\": \"2026-01-01\"}")) {
			assertThat(api.post(ann, "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "5.00", "date": "2026-05-10", "category": "food",
					 "accountId": "%s", "recurrence": %s}
					""".formatted(giro, recurrence))).as(recurrence).hasStatus(400);
		}
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isZero();
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/recurring"), "$.totalElements")).isZero();
	}

	@Test
	void pauseSkipResumeAndEndAScheduleWithoutBookingTwice() {
		MvcTestResult created = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "20.00", "date": "2026-05-10", "description": "Gym",
				 "category": "personal", "accountId": "%s", "recurrence": {"interval": "WEEKLY", "every": 1}}
				""".formatted(giro));
		String schedule = Api.read(created, "$.recurringId");
		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/skip", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nextDue")
			.isEqualTo("2026-05-24");
		clock.set(Instant.parse("2026-05-25T12:00:00Z"));
		job.run();
		assertThat(dates("Gym")).as("17 May was skipped").containsExactly("2026-05-24", "2026-05-10");

		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/pause", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paused")
			.isEqualTo(true);
		clock.set(Instant.parse("2026-06-10T12:00:00Z"));
		job.run();
		assertThat(dates("Gym")).as("nothing while paused").hasSize(2);
		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/resume", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nextDue")
			.isEqualTo("2026-06-14");
		job.run();
		assertThat(dates("Gym")).as("the paused weeks are not caught up").hasSize(2);

		clock.set(Instant.parse("2026-06-20T12:00:00Z"));
		job.run();
		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/end", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nextDue")
			.isNull();
		clock.set(Instant.parse("2026-12-01T12:00:00Z"));
		job.run();
		assertThat(dates("Gym")).containsExactly("2026-06-14", "2026-05-24", "2026-05-10");
		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/pause", "")).as("an ended schedule")
			.hasStatus(409);
		CurrentUser bob = users.signUp("Bob");
		assertThat(api.post(bob, "/api/v1/recurring/" + schedule + "/end", "")).hasStatus(404);
		assertThat(mvc.get().uri("/recurring").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Gym", "Ended");
	}

	@Test
	void changingAScheduleChangesOnlyLaterOccurrencesAndNeverItsDates() {
		String schedule = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.99", "date": "2026-05-10", "description": "Music",
				 "category": "entertainment", "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}
				""".formatted(giro)), "$.recurringId");
		for (String bad : List.of("{\"amount\": \"1.001\"}", "{\"amount\": \"0\"}", "{\"category\": \"salary\"}",
				"{\"category\": \"nope\"}")) {
			assertThat(api.patch(ann, "/api/v1/recurring/" + schedule, bad)).as(bad).hasStatus(400);
		}
		MvcTestResult changed = api.patch(ann, "/api/v1/recurring/" + schedule, """
				{"amount": "12.99", "description": "Music family plan"}
				""");
		assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.amount").isEqualTo("12.99");
		assertThat(changed).bodyJson().extractingPath("$.nextDue").isEqualTo("2026-06-10");
		assertThat(changed).bodyJson().extractingPath("$.category").isEqualTo("entertainment");

		clock.set(Instant.parse("2026-07-11T12:00:00Z"));
		job.run();
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/transactions", "q", "music"), "$.items[*].amount"))
			.containsExactly("12.99", "12.99", "9.99");
		assertThat(api.balance(ann, giro)).isEqualTo("-35.97");
		assertThat(api.patch(users.signUp("Bob"), "/api/v1/recurring/" + schedule, "{\"amount\": \"1\"}"))
			.hasStatus(404);
	}

	private List<String> dates(String description) {
		return Api.read(api.get(ann, "/api/v1/transactions", "q", description, "size", "100"), "$.items[*].date");
	}

	@Test
	void theRecurringPageChangesWhatLaterOccurrencesBook() {
		String schedule = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.99", "date": "2026-05-10", "description": "Music",
				 "category": "entertainment", "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}
				""".formatted(giro)), "$.recurringId");
		MvcTestResult refused = mvc.post()
			.uri("/recurring/" + schedule + "/edit")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("amount", "0")
			.param("description", "Music")
			.param("category", "entertainment")
			.exchange();
		assertThat(refused).hasRedirectedUrl("/recurring");
		assertThat(refused).flash().containsEntry("error", "The amount must be greater than zero");

		MvcTestResult saved = mvc.post()
			.uri("/recurring/" + schedule + "/edit")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("amount", "12.99")
			.param("description", " Music family plan ")
			.param("category", "entertainment")
			.exchange();
		assertThat(saved).flash()
			.containsEntry("success", "Changed \"Music family plan\" from its next occurrence on.");
		assertThat(api.get(ann, "/api/v1/recurring")).bodyJson().extractingPath("$.items[0].amount").isEqualTo("12.99");
	}

}
