package io.expensync;

import java.time.Duration;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.stereotype.Component;

/**
 * Work that follows a commit, needs the database and must not be lost (removing a deleted
 * user's receipt files) runs in Spring Modulith's asynchronous
 * {@code @ApplicationModuleListener}s, on Spring Boot's task executor, after the
 * request's connection is back in the pool (budget alert checks use the same executor but
 * an in-memory queue, see BudgetAlertChecks). Each is written down in the event
 * publication registry by the committing transaction and removed once done; what a
 * stopped node or a failing listener left behind is handed to its listener again here, on
 * one node at a time (a JobRunr job). The listeners are idempotent.
 */
@Component
@EnableAsync
public class AfterCommitWork {

	/** Work older than this is no longer expected to finish on its own. */
	static final Duration UNFINISHED = Duration.ofMinutes(5);

	private final IncompleteEventPublications incomplete;

	AfterCommitWork(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Recurring(id = "after-commit-resubmission", interval = "PT5M")
	@Job(name = "Hand unfinished after-commit work to its listeners again", retries = 0)
	public void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(UNFINISHED);
	}

}
