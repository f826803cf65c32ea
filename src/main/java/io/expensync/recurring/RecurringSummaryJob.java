package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionNotFoundException;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionView;
import io.expensync.users.UserService;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, in the hour the user's clock shows {@code expensync.recurring.summary-hour}
 * (7 by default), tells each user in one email what the recurring job booked for them
 * since the last summary. A day the app is down in that hour is told the next day;
 * nothing is told twice, because the occurrences are marked in the email's transaction.
 */
@Component
public class RecurringSummaryJob {

	private static final Logger log = LoggerFactory.getLogger(RecurringSummaryJob.class);

	private final OccurrenceRepository occurrences;

	private final TransactionService transactions;

	private final UserService users;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int hour;

	RecurringSummaryJob(OccurrenceRepository occurrences, TransactionService transactions, UserService users,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
			@Value("${expensync.recurring.summary-hour:7}") int hour) {
		this.occurrences = occurrences;
		this.transactions = transactions;
		this.users = users;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.hour = hour;
	}

	@Recurring(id = "recurring-summary", cron = "10 * * * *")
	@Job(name = "Email the daily summaries of booked recurring transactions", retries = 2)
	public void run() {
		for (UUID user : occurrences.findUsersWithUntold()) {
			// one user's failure (deleted while the job runs, say) skips that user only
			try {
				if (LocalTime.now(clock.withZone(users.get(user).profile().zone())).getHour() == hour) {
					summarise(user);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Recurring summary of user {} not sent this time: {}", user, ex.toString());
			}
		}
	}

	/**
	 * Tells the user of everything booked and not told yet, whatever the hour; answers
	 * how many occurrences it told of.
	 */
	int summarise(UUID userId) {
		Integer told = transaction.execute(status -> {
			List<Occurrence> untold = occurrences.findUntoldLocked(userId);
			List<RecurringSummary.Line> lines = new ArrayList<>();
			for (Occurrence occurrence : untold) {
				occurrence.told();
				UUID booked = occurrence.transactionId();
				if (booked != null) {
					try {
						TransactionView view = transactions.get(userId, booked);
						lines.add(new RecurringSummary.Line(view.date(), view.title(), view.type(), view.amount()));
					}
					catch (TransactionNotFoundException ex) {
						// deleted since it was booked: nothing to tell
					}
				}
			}
			occurrences.flush();
			if (!lines.isEmpty()) {
				events.publishEvent(new RecurringSummary(userId, List.copyOf(lines)));
			}
			return untold.size();
		});
		return told == null ? 0 : told;
	}

}
