package io.expensync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits until the asynchronous work that follows a commit (budget alert checks, receipt
 * file removal) has been done: the event publication registry deletes each publication
 * once its listener has finished, so an empty table means nothing is left to do. A
 * listener that failed leaves its publication behind, and the wait fails naming it.
 */
@Component
public class AfterCommitWorkDone {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final JdbcTemplate jdbc;

	AfterCommitWorkDone(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void await() {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (true) {
			List<String> left = jdbc
				.queryForList("select listener_id || ' <- ' || serialized_event from event_publication", String.class);
			if (left.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("After-commit work not done within " + PATIENCE + ": " + left);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for after-commit work", ex);
			}
		}
	}

}
