package io.expensync.security;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

/**
 * Every ten minutes, removes the database rows of rate-limit buckets that are full again
 * (only when the buckets are kept in the database).
 */
@Component
public class RateLimitCleanupJob {

	private final Throttles throttles;

	RateLimitCleanupJob(Throttles throttles) {
		this.throttles = throttles;
	}

	@Recurring(id = "rate-limit-cleanup", cron = "*/10 * * * *")
	@Job(name = "Remove rate-limit buckets that are full again", retries = 1)
	public void run() {
		throttles.removeExpired();
	}

}
