package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Waits until this application context has done the asynchronous work that follows its
 * commits (budget alert checks, receipt file removal): every task handed to its task
 * executor has finished. The task is handed over in the committing request's after-commit
 * step, so once the request has answered, it is counted. Waiting on the executor, not on
 * the shared {@code event_publication} table, keeps a test from waiting on work that
 * another, since closed, test context left unfinished.
 * <p>
 * It counts the tasks itself, as the executor's task decorator (the app sets none): one
 * more when a task is handed over, in the thread that hands it over, one less once it has
 * run. A task that hands on another is not done before the other is counted, so the count
 * is never zero while work is left. The executor's own counts are not exact: a task that
 * a worker has just taken from the queue (or been made with) is, for a moment, in neither
 * the queued, the running nor the completed ones, and a wait on them could end before it
 * ran.
 * <p>
 * A test that reads an email written after a commit waits for that email instead; this is
 * for what is not there to wait for (no further alert, a file removed, every balance
 * settled).
 */
@Component
public class AfterCommitWorkDone {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final AtomicLong unfinished = new AtomicLong();

	AfterCommitWorkDone(ThreadPoolTaskExecutor executor) {
		executor.setTaskDecorator(task -> {
			unfinished.incrementAndGet();
			return () -> {
				try {
					task.run();
				}
				finally {
					unfinished.decrementAndGet();
				}
			};
		});
	}

	public void await() {
		Awaitility.await("after-commit work")
			.atMost(PATIENCE)
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(10))
			.pollInSameThread()
			.untilAsserted(() -> assertThat(unfinished.get()).as("tasks left").isZero());
	}

}
