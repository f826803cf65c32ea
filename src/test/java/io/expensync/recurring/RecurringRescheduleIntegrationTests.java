package io.expensync.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;

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
 * Changing a schedule's interval, step, next date and end date: it re-anchors on the new
 * next date, never books an occurrence twice or early, and refuses what would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class RecurringRescheduleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	RecurringOccurrencesJob job;

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
	void aNewIntervalReanchorsOnTheNextDateAndBooksNothingTwiceOrEarly() {
		String schedule = schedule("Cleaner", "2026-05-10", "MONTHLY");
		clock.set(Instant.parse("2026-06-11T10:00:00Z"));
		job.run();
		assertThat(dates("Cleaner")).containsExactly("2026-06-10", "2026-05-10");

		MvcTestResult changed = patch(schedule, """
				{"interval": "WEEKLY", "every": 2, "nextDue": "2026-06-20"}""");
		assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.anchor").isEqualTo("2026-06-20");
		assertThat(changed).bodyJson().extractingPath("$.interval").isEqualTo("WEEKLY");
		assertThat(Api.<List<String>>read(changed, "$.upcoming")).containsExactly("2026-06-20", "2026-07-04",
				"2026-07-18");
		assertThat(Api.<List<String>>read(changed, "$.occurrences[*].date")).as("what is booked stays")
			.containsExactly("2026-05-10", "2026-06-10");

		clock.set(Instant.parse("2026-06-19T10:00:00Z"));
		job.run();
		assertThat(dates("Cleaner")).as("nothing early").hasSize(2);
		clock.set(Instant.parse("2026-07-05T10:00:00Z"));
		job.run();
		job.run();
		assertThat(dates("Cleaner")).containsExactly("2026-07-04", "2026-06-20", "2026-06-10", "2026-05-10");
		assertThat(api.balance(ann, giro)).isEqualTo("-40.00");
	}

	@Test
	void refusesANextDateNotAfterWhatIsBookedOrSkippedOrInThePastAndChangesNothing() {
		String schedule = schedule("Gym", "2026-05-10", "WEEKLY");
		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/skip", "")).hasStatusOk();
		clock.set(Instant.parse("2026-05-20T10:00:00Z"));
		job.run();
		assertThat(dates("Gym")).as("17 May was skipped").containsExactly("2026-05-10");

		assertField(patch(schedule, "{\"nextDue\": \"2026-05-17\"}"), "nextDue", "after the last booked or skipped");
		assertField(patch(schedule, "{\"nextDue\": \"2026-05-19\", \"interval\": \"DAILY\"}"), "nextDue",
				"cannot be in the past");
		assertField(patch(schedule, "{\"amount\": \"5.00\", \"every\": 3, \"nextDue\": \"2026-05-18\"}"), "nextDue",
				"in the past");
		assertField(patch(schedule, "{\"interval\": \"HOURLY\"}"), "interval", "DAILY, WEEKLY, MONTHLY or YEARLY");
		assertField(patch(schedule, "{\"every\": 0}"), "every", "");
		assertField(patch(schedule, "{\"nextDue\": \"2026-13-01\"}"), "nextDue", "YYYY-MM-DD");
		assertField(patch(schedule, "{\"until\": \"soon\"}"), "until", "YYYY-MM-DD");
		assertField(patch(schedule, "{\"until\": {}}"), "until", "null for no end date");
		assertField(patch(schedule, "{\"until\": \"2026-05-23\"}"), "until", "cannot come before the next date");
		assertField(patch(schedule, "{\"nextDue\": \"2026-06-01\", \"until\": \"2026-05-31\"}"), "until",
				"cannot come before the next date");
		assertField(patch(schedule, "{\"amount\": \"0\", \"nextDue\": \"2026-06-01\"}"), "amount", "");

		MvcTestResult unchanged = api.get(ann, "/api/v1/recurring");
		assertThat(unchanged).bodyJson().extractingPath("$.items[0].nextDue").isEqualTo("2026-05-24");
		assertThat(unchanged).bodyJson().extractingPath("$.items[0].anchor").isEqualTo("2026-05-10");
		assertThat(unchanged).bodyJson().extractingPath("$.items[0].interval").isEqualTo("WEEKLY");
		assertThat(unchanged).bodyJson().extractingPath("$.items[0].every").isEqualTo(1);
		assertThat(unchanged).bodyJson().extractingPath("$.items[0].amount").isEqualTo("10.00");
		assertThat(unchanged).bodyJson().extractingPath("$.items[0].until").isNull();

		assertThat(patch(schedule, "{\"nextDue\": \"2026-05-20\"}")).as("today is fine")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.nextDue")
			.isEqualTo("2026-05-20");
		assertThat(api.patch(users.signUp("Bob"), "/api/v1/recurring/" + schedule, "{\"nextDue\": \"2026-06-01\"}"))
			.hasStatus(404);
		assertThat(api.post(ann, "/api/v1/recurring/" + schedule + "/end", "")).hasStatusOk();
		assertThat(patch(schedule, "{\"until\": \"2026-12-31\"}")).as("an ended schedule").hasStatus(409);
	}

	@Test
	void anEndDateAloneKeepsTheAnchorAndCanBeRemoved() {
		String schedule = schedule("Rent", "2026-01-31", "MONTHLY");
		MvcTestResult ending = patch(schedule, "{\"until\": \"2026-06-30\"}");
		assertThat(ending).hasStatusOk().bodyJson().extractingPath("$.anchor").isEqualTo("2026-01-31");
		assertThat(ending).bodyJson().extractingPath("$.nextDue").isEqualTo("2026-05-31");
		assertThat(Api.<List<String>>read(ending, "$.upcoming")).containsExactly("2026-05-31", "2026-06-30");

		assertThat(patch(schedule, "{\"amount\": \"960.00\"}")).as("a change without dates keeps the end date")
			.bodyJson()
			.extractingPath("$.until")
			.isEqualTo("2026-06-30");
		MvcTestResult open = patch(schedule, "{\"until\": null}");
		assertThat(open).hasStatusOk().bodyJson().extractingPath("$.until").isNull();
		assertThat(open).bodyJson().extractingPath("$.anchor").isEqualTo("2026-01-31");
		assertThat(Api.<List<String>>read(open, "$.upcoming")).containsExactly("2026-05-31", "2026-06-30",
				"2026-07-31");

		clock.set(Instant.parse("2026-08-01T10:00:00Z"));
		job.run();
		assertThat(dates("Rent")).hasSize(7).doesNotHaveDuplicates().startsWith("2026-07-31", "2026-06-30");
	}

	@Test
	void aScheduleMovedIntoTheFutureAndEndedBeforeItsFirstDateShowsNoEndDate() {
		String schedule = schedule("Insurance", "2026-05-10", "MONTHLY");
		assertThat(patch(schedule, "{\"nextDue\": \"2026-09-01\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.anchor")
			.isEqualTo("2026-09-01");
		MvcTestResult ended = api.post(ann, "/api/v1/recurring/" + schedule + "/end", "");
		assertThat(ended).hasStatusOk().bodyJson().extractingPath("$.nextDue").isNull();
		assertThat(ended).bodyJson().extractingPath("$.until").isNull();
		assertThat(mvc.get().uri("/recurring").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Ended")
			.doesNotContain("until <span>");

		clock.set(Instant.parse("2026-10-01T10:00:00Z"));
		job.run();
		assertThat(dates("Insurance")).as("only what the first transaction booked").containsExactly("2026-05-10");
	}

	@Test
	void theRecurringPageChangesTheDates() {
		String schedule = schedule("Streaming", "2026-05-10", "MONTHLY");
		assertThat(mvc.get().uri("/recurring").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Change dates", "name=\"nextDue\"", "value=\"2026-06-10\"");

		MvcTestResult saved = mvc.post()
			.uri("/recurring/" + schedule + "/dates")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("interval", "WEEKLY")
			.param("every", "1")
			.param("nextDue", "2026-05-17")
			.param("until", "")
			.exchange();
		assertThat(saved).hasRedirectedUrl("/recurring");
		assertThat(saved).flash().containsKey("success");
		assertThat(mvc.get().uri("/recurring").with(TestUsers.session(ann))).bodyText()
			.contains("Weekly</span> from", "17 May 2026", "Sun 24 May 2026");

		MvcTestResult refused = mvc.post()
			.uri("/recurring/" + schedule + "/dates")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("interval", "WEEKLY")
			.param("every", "1")
			.param("nextDue", "2026-05-17")
			.param("until", "2026-05-16")
			.exchange();
		assertThat(refused).hasRedirectedUrl("/recurring");
		assertThat(refused).flash()
			.containsEntry("error",
					"The end date cannot come before the next date, " + "2026-05-17; to stop the schedule, end it");
		assertThat(api.get(ann, "/api/v1/recurring")).bodyJson().extractingPath("$.items[0].until").isNull();
	}

	private void assertField(MvcTestResult result, String field, String message) {
		assertThat(result).as(field).hasStatus(400);
		assertThat(Api.<List<String>>read(result, "$.errors[*].field")).as(field).containsExactly(field);
		assertThat(Api.<List<String>>read(result, "$.errors[*].message")).as(field)
			.singleElement()
			.asString()
			.contains(message);
	}

	private MvcTestResult patch(String schedule, String json) {
		return api.patch(ann, "/api/v1/recurring/" + schedule, json);
	}

	private String schedule(String description, String date, String interval) {
		return Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "10.00", "date": "%s", "description": "%s", "category": "personal",
				 "accountId": "%s", "recurrence": {"interval": "%s"}}
				""".formatted(date, description, giro, interval)), "$.recurringId");
	}

	private List<String> dates(String description) {
		return Api.read(api.get(ann, "/api/v1/transactions", "q", description, "size", "100"), "$.items[*].date");
	}

}
