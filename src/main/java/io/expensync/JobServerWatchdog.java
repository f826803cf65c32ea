package io.expensync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jobrunr.server.BackgroundJobServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts JobRunr's background job server again when it has stopped on its own. JobRunr
 * shuts its server down for good after too many errors in a row from its storage, which
 * is this app's database: a minute without connections (a pool that waited out its
 * time-out, PostgreSQL restarting) was enough, and from then on no schedule was booked,
 * no email sent and no report made until someone restarted the app. Checked every
 * {@code expensync.jobs.watchdog-every} (a minute); each restart is logged and counted
 * ({@code expensync.jobs.restarts}). Not while the app itself is stopping.
 */
@Component
class JobServerWatchdog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobServerWatchdog.class);

	/** None where this node runs no jobs ({@code expensync.jobs.enabled=false}). */
	private final @Nullable BackgroundJobServer server;

	private final Duration every;

	private final Counter restarts;

	private volatile boolean running;

	// made on start, shut down on stop, which may come from another thread (a shutdown
	// hook)
	private volatile @Nullable ScheduledExecutorService timer;

	JobServerWatchdog(ObjectProvider<BackgroundJobServer> server,
			@Value("${expensync.jobs.watchdog-every:PT1M}") Duration every, MeterRegistry meters) {
		this.server = server.getIfAvailable();
		this.every = every;
		this.restarts = Counter.builder("expensync.jobs.restarts")
			.description("Times the background job server had stopped on its own and was started again")
			.register(meters);
	}

	@Override
	public void start() {
		if (server == null) {
			return;
		}
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "job-server-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		running = true;
		timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		this.timer = timer;
	}

	void check() {
		BackgroundJobServer server = this.server;
		if (!running || server == null || server.isRunning()) {
			return;
		}
		try {
			log.warn("JobRunr's background job server had stopped on its own (too many errors from the database?);"
					+ " starting it again");
			server.start();
			restarts.increment();
		}
		catch (RuntimeException ex) {
			log.warn("JobRunr's background job server could not start again; trying again in {}: {}", every,
					ex.toString());
		}
	}

	@Override
	public void stop() {
		running = false;
		ScheduledExecutorService timer = this.timer;
		if (timer != null) {
			timer.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped before JobRunr's server, so that it does not start the server again. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
