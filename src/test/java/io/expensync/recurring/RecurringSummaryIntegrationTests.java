package io.expensync.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The daily summary of what the recurring job booked: sent in the user's 7 o'clock hour,
 * once, telling only of what the job (not the user) booked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class RecurringSummaryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	RecurringOccurrencesJob bookings;

	@Autowired
	RecurringSummaryJob summaries;

	@Autowired
	Outbox outbox;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		String giro = api.account(ann, "Giro", "0");
		// both start in the past: what their creation catches up is the user's own doing
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "950.00", "date": "2026-03-15", "description": "Rent",
				 "category": "housing", "accountId": "%s", "recurrence": {"interval": "MONTHLY", "every": 1}}
				""".formatted(giro))).hasStatus(201);
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "INCOME", "amount": "10.00", "date": "2026-05-03", "description": "Pocket money",
				 "category": "other-income", "accountId": "%s", "recurrence": {"interval": "WEEKLY", "every": 1}}
				""".formatted(giro))).hasStatus(201);
	}

	@Test
	void oneEmailAt7InTheUsersTimezoneWithWhatTheJobBooked() {
		clock.set(Instant.parse("2026-05-17T05:30:00Z"));
		assertThat(bookings.run()).isGreaterThanOrEqualTo(2);
		summaries.run();
		List<MailboxEntry> emails = summaryEmails();
		assertThat(emails).hasSize(1);
		MailboxEntry email = emails.get(0);
		assertThat(email.subject()).isEqualTo("2 recurring transactions booked");
		assertThat(email.text())
			.contains("Your schedules booked these 2 transactions since the last summary:",
					"- Fri 15 May  Rent  −€950.00", "- Sun 17 May  Pocket money  +€10.00",
					"http://localhost:8080/recurring")
			.doesNotContain("Apr", "10 May");
		assertThat(email.html()).contains("Rent", "−€950.00", "+€10.00");

		summaries.run();
		assertThat(summaryEmails()).as("told once").hasSize(1);

		clock.set(Instant.parse("2026-05-24T12:00:00Z"));
		bookings.run();
		summaries.run();
		assertThat(summaryEmails()).as("14:00 in Berlin: waits for the morning").hasSize(1);

		clock.set(Instant.parse("2026-05-25T05:15:00Z"));
		summaries.run();
		assertThat(summaryEmails()).hasSize(2);
		assertThat(summaryEmails()).extracting(MailboxEntry::subject)
			.contains("1 recurring transaction booked: Pocket money");
	}

	@Test
	void twoRunsAtOnceTellOnce() throws Exception {
		clock.set(Instant.parse("2026-05-17T05:30:00Z"));
		bookings.run();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> summarise = () -> summaries.summarise(ann.id());
			List<Future<Integer>> told = pool.invokeAll(List.of(summarise, summarise));
			assertThat(told.get(0).get() + told.get(1).get()).isEqualTo(2);
		}
		finally {
			pool.shutdown();
		}
		assertThat(summaryEmails()).hasSize(1);
	}

	private List<MailboxEntry> summaryEmails() {
		return outbox.mailbox(ann).stream().filter(email -> email.kind().equals("recurring-summary")).toList();
	}

}
