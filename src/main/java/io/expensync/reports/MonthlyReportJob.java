package io.expensync.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

import io.expensync.users.UserService;
import io.expensync.users.UserView;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Every hour, and shortly after start-up, finds the users whose month has turned in their
 * own timezone and whose report for the month just ended is not made yet, and queues one
 * job per user to make it. A user's job failing is retried by JobRunr without holding up
 * anyone else; the report's unique key keeps a retried or doubled job from making a
 * second report or email.
 */
@Component
public class MonthlyReportJob {

	private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);

	private static final int PAGE = 500;

	private final MonthlyReports reports;

	private final UserService users;

	private final JobScheduler jobs;

	private final Clock clock;

	private final boolean jobsEnabled;

	private final Duration firstRun;

	private final Counter made;

	MonthlyReportJob(MonthlyReports reports, UserService users, JobScheduler jobs, Clock clock, MeterRegistry meters,
			@Value("${expensync.jobs.enabled:true}") boolean jobsEnabled,
			@Value("${expensync.reports.first-run:PT1M}") Duration firstRun) {
		this.reports = reports;
		this.users = users;
		this.jobs = jobs;
		this.clock = clock;
		this.jobsEnabled = jobsEnabled;
		this.firstRun = firstRun;
		this.made = meters.counter("expensync.reports.made");
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUpAfterStart() {
		if (jobsEnabled) {
			jobs.<MonthlyReportJob>schedule(clock.instant().plus(firstRun), job -> job.queueDue());
		}
	}

	@Recurring(id = "monthly-reports", cron = "${expensync.reports.cron:5 * * * *}")
	@Job(name = "Queue the monthly reports that are due", retries = 2)
	public void queueDue() {
		int queued = forEachDue((user, month) -> {
			jobs.<MonthlyReportJob>enqueue(job -> job.make(user, month.toString()));
			return true;
		});
		if (queued > 0) {
			log.info("Queued {} monthly report(s)", queued);
		}
	}

	/** One user's report: the job JobRunr runs (and retries) per user. */
	@Job(name = "Monthly report %1 for user %0", retries = 5)
	public void make(UUID userId, String month) {
		try {
			if (reports.make(userId, YearMonth.parse(month))) {
				made.increment();
			}
		}
		catch (DataIntegrityViolationException ex) {
			// another node made it first
			log.debug("Monthly report {} of user {} was made elsewhere", month, userId);
		}
	}

	/** Makes every due report now, in this thread; answers how many it made. */
	int makeDueNow() {
		return forEachDue((user, month) -> {
			boolean done = reports.make(user, month);
			if (done) {
				made.increment();
			}
			return done;
		});
	}

	/**
	 * Visits every user, a page at a time, whose report is due and not made yet; answers
	 * for how many the action said yes.
	 */
	private int forEachDue(BiPredicate<UUID, YearMonth> action) {
		int count = 0;
		UUID after = null;
		List<UserView> page;
		do {
			page = users.page(after, PAGE);
			for (UserView user : page) {
				YearMonth month = reports.due(user).orElse(null);
				if (month != null && !reports.exists(user.id(), month) && action.test(user.id(), month)) {
					count++;
				}
			}
			after = page.isEmpty() ? null : page.get(page.size() - 1).id();
		}
		while (page.size() == PAGE);
		return count;
	}

}
