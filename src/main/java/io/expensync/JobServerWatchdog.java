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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts JobRunr's background job server again when it has stopped on its own. JobRunr
 * shuts its server down for good after too many errors in a row from its storage, which
 * is this app's database: a minute without connections (a pool that waited out its
 * time-out, PostgreSQL restarting) was enough, and from then on no schedule was booked,
 * no email sent and no report made until someone restarted the app. Checked every
 * {@code expensync.jobs.watchdog-every} (a minute); each restart is logged and counted
 * ({@code expensync.jobs.restarts}). Not while the app itself is stopping.
 * <p>
 * It watches from the moment the app is ready, when JobRunr starts its server (on
 * {@link ApplicationReadyEvent}), not from the end of the context's refresh: from there
 * its first look could come before JobRunr's start and start the server itself, logged
 * and counted as a restart of a server that had not stopped. On that event it starts the
 * server too, which does nothing when JobRunr's listener came first: whichever runs
 * first, only a started server is watched.
 */
@Component
class JobServerWatchdog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobServerWatchdog.class);

	/** None where this node runs no jobs ({@code expensync.jobs.enabled=false}). */
	private final @Nullable BackgroundJobServer server;

	private final Duration every;

	private final Counter restarts;

	private volatile boolean running;

	/** Whether the app has been ready, and so the server started. */
	private boolean ready;

	// made once the app is ready, shut down on stop, which may come from another thread
	// (a shutdown hook)
	private volatile @Nullable ScheduledExecutorService timer;

	JobServerWatchdog(ObjectProvider<BackgroundJobServer> server,
			@Value("${expensync.jobs.watchdog-every:PT1M}") Duration every, MeterRegistry meters) {
		this.server = server.getIfAvailable();
		this.every = every;
		this.restarts = Counter.builder("expensync.jobs.restarts")
			.description("Times the background job server had stopped on its own and was started again")
			.register(meters);
	}

	/** Watches again after a stop, once the app has been ready. */
	@Override
	public synchronized void start() {
		running = true;
		if (ready) {
			watch();
		}
	}

	/** Starts the server, if JobRunr has not yet, and begins to watch it. */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void ready() {
		ready = true;
		if (running && server != null) {
			server.start();
			watch();
		}
	}

	private void watch() {
		if (server == null || timer != null) {
			return;
		}
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "job-server-watchdog");
			thread.setDaemon(true);
			return thread;
		});
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
	public synchronized void stop() {
		running = false;
		ScheduledExecutorService timer = this.timer;
		if (timer != null) {
			timer.shutdownNow();
			this.timer = null;
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
