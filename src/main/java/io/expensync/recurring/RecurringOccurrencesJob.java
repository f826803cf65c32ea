package io.expensync.recurring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.users.UserService;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.NotFoundException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Books every due occurrence: shortly after start-up, then periodically, catching up
 * missed periods. Users take turns, at most {@value #TURN} occurrences each per round, so
 * one user's thousand schedules do not hold up everyone else. Running it twice at once,
 * here or on another node, books nothing twice: the loser of a race fails on the
 * occurrence key and moves on.
 */
@Component
public class RecurringOccurrencesJob {

	private static final Logger log = LoggerFactory.getLogger(RecurringOccurrencesJob.class);

	static final int TURN = 20;

	private final RecurringRuleRepository rules;

	private final RecurringService recurring;

	private final UserService users;

	private final Clock clock;

	private final Counter booked;

	private final Counter refused;

	private final JobScheduler jobs;

	private final boolean jobsEnabled;

	private final Duration firstRun;

	RecurringOccurrencesJob(RecurringRuleRepository rules, RecurringService recurring, UserService users, Clock clock,
			MeterRegistry meters, JobScheduler jobs, @Value("${expensync.jobs.enabled:true}") boolean jobsEnabled,
			@Value("${expensync.recurring.first-run:PT20S}") Duration firstRun) {
		this.jobs = jobs;
		this.jobsEnabled = jobsEnabled;
		this.firstRun = firstRun;
		this.rules = rules;
		this.recurring = recurring;
		this.users = users;
		this.clock = clock;
		this.booked = meters.counter("expensync.recurring.booked");
		this.refused = meters.counter("expensync.recurring.failed");
	}

	/**
	 * Once shortly after start-up, so that a schedule whose start lies in the past, or
	 * periods missed while the app was down, are booked within a minute.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUpAfterStart() {
		if (jobsEnabled) {
			jobs.<RecurringOccurrencesJob>schedule(clock.instant().plus(firstRun), job -> job.scheduled());
		}
	}

	@Recurring(id = "recurring-occurrences", interval = "${expensync.recurring.every:PT15M}")
	@Job(name = "Book due recurring transactions", retries = 2)
	public void scheduled() {
		int booked = run();
		if (booked > 0) {
			log.info("Booked {} recurring occurrence(s)", booked);
		}
	}

	/** Books all that is due now; answers how many occurrences it booked. */
	int run() {
		// the latest "today" anywhere on Earth; each user's own today decides what is due
		// for them
		LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
		Map<UUID, ZoneId> zones = new HashMap<>();
		int booked = 0;
		int round;
		do {
			round = 0;
			for (Map.Entry<UUID, List<UUID>> user : dueByUser(latest).entrySet()) {
				ZoneId zone = zones.computeIfAbsent(user.getKey(), id -> users.get(id).profile().zone());
				LocalDate today = LocalDate.now(clock.withZone(zone));
				int turn = 0;
				for (UUID rule : user.getValue()) {
					while (turn < TURN && bookSafely(rule, today)) {
						turn++;
					}
				}
				round += turn;
			}
			booked += round;
		}
		while (round > 0);
		return booked;
	}

	private Map<UUID, List<UUID>> dueByUser(LocalDate latest) {
		Map<UUID, List<UUID>> byUser = new LinkedHashMap<>();
		rules.findDue(latest)
			.forEach(due -> byUser.computeIfAbsent(due.getUserId(), user -> new java.util.ArrayList<>())
				.add(due.getId()));
		return byUser;
	}

	private boolean bookSafely(UUID rule, LocalDate today) {
		try {
			boolean done = recurring.bookNext(rule, today, true);
			if (done) {
				booked.increment();
			}
			return done;
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// another run booked this occurrence first
			return false;
		}
		catch (InvalidFieldException | NotFoundException ex) {
			refused.increment();
			log.warn("Schedule {} cannot book its next occurrence: {}", rule, ex.getMessage());
			return false;
		}
	}

}
