package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.awaitility.Awaitility;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Waits until this application context has done the asynchronous work that follows its
 * commits (budget alert checks, receipt file removal): every task handed to its task
 * executor has finished. The task is handed over in the committing request's after-commit
 * step, so once the request has answered, the executor knows of it. Waiting on the
 * executor, not on the shared {@code event_publication} table, keeps a test from waiting
 * on work that another, since closed, test context left unfinished.
 */
@Component
public class AfterCommitWorkDone {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final ThreadPoolTaskExecutor executor;

	AfterCommitWorkDone(ThreadPoolTaskExecutor executor) {
		this.executor = executor;
	}

	public void await() {
		ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
		Awaitility.await("after-commit work")
			.atMost(PATIENCE)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(10))
			.pollInSameThread()
			.untilAsserted(() -> assertThat(pool.getTaskCount() - pool.getCompletedTaskCount()).as("tasks left")
				.isLessThanOrEqualTo(0));
	}

}
