package io.expensync.rates;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Fetches the ECB's reference rates on weekdays after the ECB publishes them
 * ({@code expensync.rates.ecb-cron}, in UTC) and once shortly after start-up, only where
 * {@code expensync.rates.source=ecb}; otherwise the job is taken off the schedule. A feed
 * that cannot be fetched or read is logged as a warning, and the app goes on with the
 * rates it has: the next run's file covers 90 days, so a missed day comes in later.
 */
@Component
public class EcbRatesJob {

	static final String ID = "ecb-rates";

	private static final Logger log = LoggerFactory.getLogger(EcbRatesJob.class);

	private final EcbRates ecb;

	private final RatesProperties properties;

	private final JobScheduler jobs;

	private final Clock clock;

	private final boolean jobsEnabled;

	EcbRatesJob(EcbRates ecb, RatesProperties properties, JobScheduler jobs, Clock clock,
			@Value("${expensync.jobs.enabled:true}") boolean jobsEnabled) {
		this.ecb = ecb;
		this.properties = properties;
		this.jobs = jobs;
		this.clock = clock;
		this.jobsEnabled = jobsEnabled;
	}

	/**
	 * Puts the job on the schedule (or takes it off, where the ECB is not the source),
	 * and where this node runs jobs, fetches once soon, so that a new installation has
	 * rates on its first day.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void schedule() {
		if (!properties.fetchesEcb()) {
			jobs.deleteRecurringJob(ID);
			return;
		}
		jobs.<EcbRatesJob>scheduleRecurrently(ID, properties.ecbCron(), ZoneOffset.UTC, job -> job.run());
		if (jobsEnabled) {
			jobs.<EcbRatesJob>schedule(clock.instant().plus(properties.firstRun()), job -> job.run());
		}
	}

	@Job(name = "Fetch the ECB's reference rates", retries = 0)
	public void run() {
		if (properties.fetchesEcb()) {
			fetch();
		}
	}

	/** Fetches the feed now; answers how many rates it stored (0 when it failed). */
	int fetch() {
		try {
			int stored = ecb.update();
			if (stored > 0) {
				log.info("Stored {} ECB reference rate(s)", stored);
			}
			return stored;
		}
		catch (DataIntegrityViolationException ex) {
			log.debug("The ECB's new rates were stored elsewhere at the same moment");
			return 0;
		}
		catch (IOException | DataAccessException ex) {
			log.warn("The ECB's reference rates could not be fetched from {}; the rates stored so far are used: {}",
					ecb.url(), ex.toString());
			return 0;
		}
	}

}
