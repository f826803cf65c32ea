package io.expensync.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every hour, drops the previews nobody committed or cancelled within
 * {@code expensync.imports.keep-previews} (a week unless set): each holds its statement
 * file, up to 10 MB. Committed imports stay, so that they can still be undone.
 */
@Component
public class StalePreviewsJob {

	private static final Logger log = LoggerFactory.getLogger(StalePreviewsJob.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration keep;

	StalePreviewsJob(JdbcTemplate jdbc, Clock clock, @Value("${expensync.imports.keep-previews:P7D}") Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	@Recurring(id = "import-preview-cleanup", cron = "35 * * * *")
	@Job(name = "Drop import previews left for a week", retries = 2)
	public void run() {
		int dropped = dropOlderThan(this.clock.instant().minus(this.keep));
		if (dropped > 0) {
			log.info("Dropped {} import previews nobody committed", dropped);
		}
	}

	/**
	 * Drops the previews uploaded before the instant. One being committed right now waits
	 * for the commit and is then no preview any more, so it stays.
	 */
	int dropOlderThan(Instant uploadedBefore) {
		return this.jdbc.update("delete from imports where status = 'PREVIEW' and created_at < ?",
				Timestamp.from(uploadedBefore));
	}

}
