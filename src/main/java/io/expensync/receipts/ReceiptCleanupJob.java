package io.expensync.receipts;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every hour, removes receipts uploaded more than a day ago that no transaction keeps: a
 * form left without saving, or a transaction deleted since.
 */
@Component
public class ReceiptCleanupJob {

	private static final Logger log = LoggerFactory.getLogger(ReceiptCleanupJob.class);

	private static final int BATCH = 500;

	private final ReceiptUploads uploads;

	ReceiptCleanupJob(ReceiptUploads uploads) {
		this.uploads = uploads;
	}

	@Recurring(id = "receipt-cleanup", cron = "25 * * * *")
	@Job(name = "Remove receipts no transaction kept", retries = 2)
	public void run() {
		int removed;
		do {
			removed = uploads.removeUnkept(BATCH);
			if (removed > 0) {
				log.info("Removed {} receipts no transaction kept", removed);
			}
		}
		while (removed == BATCH);
	}

}
