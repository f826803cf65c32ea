package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * JobRunr stops its background job server by itself after too many storage errors in a
 * row; the watchdog starts it again, so jobs do not stop for good.
 * <p>
 * The only test with a running job server: it gets an installation of its own (an
 * in-memory database) and is closed afterwards. On the database the other tests share,
 * its server booked their schedules up to the real today (a recurring summary test then
 * found 34 bookings it had not made).
 */
@SpringBootTest(properties = { "expensync.jobs.enabled=true", "expensync.jobs.watchdog-every=PT0.2S",
		"spring.datasource.url=jdbc:h2:mem:job-server-watchdog;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=", "expensync.test.own-database=false" })
@DirtiesContext
class JobServerWatchdogIntegrationTests {

	@Autowired
	BackgroundJobServer server;

	@Autowired
	MeterRegistry meters;

	@Test
	void aBackgroundJobServerThatStoppedOnItsOwnIsStartedAgain() {
		// JobRunr stops its server after errors, long after its start: the start is over
		// first here. The server has announced itself, and its start-up tasks, on a
		// thread
		// of their own, are done (the data migration, last, has written the data
		// version).
		// A stop in the middle of them overlapped JobRunr's start-up, and the restarted
		// server's start-up then ran beside the first one's.
		await().atMost(Duration.ofSeconds(60)).until(() -> !server.isNotReadyToProcessJobs());
		assertThat(restarts()).as("JobRunr's own start is no restart").isZero();
		// what JobRunr does itself after too many errors from its storage; stopping waits
		// for the workers, so the watchdog may already have started it again when this
		// returns
		server.stop();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(restarts()).as("started again by the watchdog").isGreaterThan(0));
		await().atMost(Duration.ofSeconds(30)).until(server::isRunning);
	}

	private double restarts() {
		return meters.counter("expensync.jobs.restarts").count();
	}

}
