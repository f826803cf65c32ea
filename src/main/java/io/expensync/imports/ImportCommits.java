package io.expensync.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.expensync.imports.ImportService.Committed;
import io.expensync.web.InvalidInputException;
import io.expensync.web.NotFoundException;
import io.expensync.web.RefusedException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Commits imports from the page off the request thread: the request puts the commit in
 * line and answers at once; the page then asks how far it got.
 * <p>
 * The commits run on an executor of their own, {@value #THREADS} at a time with at most
 * {@value #WAITING} waiting, not on Spring Boot's task executor: a 100,000-row statement
 * takes seconds and holds a database connection all along, and the after-commit work on
 * the shared executor (budget alert checks) must not wait behind it, nor may commits take
 * most of the connection pool. The request that starts a commit holds no connection while
 * it runs.
 * <p>
 * How far a commit got (the step and its rows) is kept here, in memory, for this node
 * only; the database is the truth for where an import stands: the commit's transaction
 * holds the import's row lock until it ends, so any node, or this one after a restart,
 * tells a commit under way (the lock cannot be had) from a preview or a committed import
 * ({@link ImportService#standing}) without a flag that a stopped node could leave behind.
 * A failed commit books nothing (its transaction rolls back); its message is kept here
 * for the page.
 */
@Component
class ImportCommits implements DisposableBean {

	static final int THREADS = 2;

	static final int WAITING = 50;

	/** How long a finished commit's outcome is kept for the page. */
	static final Duration KEPT = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(ImportCommits.class);

	/** Where a commit started on this node is. */
	public enum Stage {

		WAITING, READING, CHECKING_DUPLICATES, BOOKING, DONE, FAILED;

		static Stage of(CommitProgress.Step step) {
			return switch (step) {
				case READING -> READING;
				case CHECKING_DUPLICATES -> CHECKING_DUPLICATES;
				case BOOKING -> BOOKING;
			};
		}

	}

	/**
	 * A commit started on this node.
	 *
	 * @param rows the rows of the stage: the file's, or those being booked
	 * @param done what it booked, once done
	 * @param failure why nothing was booked, once failed
	 */
	public record Progress(UUID userId, Stage stage, int rows, @Nullable Committed done, @Nullable String failure,
			Instant at) {

		public boolean finished() {
			return this.stage == Stage.DONE || this.stage == Stage.FAILED;
		}

		/** How far along, out of 100, for the progress bar. */
		public int percent() {
			return switch (this.stage) {
				case WAITING -> 0;
				case READING -> 10;
				case CHECKING_DUPLICATES -> 30;
				case BOOKING -> 60;
				case DONE, FAILED -> 100;
			};
		}

	}

	private final ImportService imports;

	private final Clock clock;

	private final Map<UUID, Progress> progress = new ConcurrentHashMap<>();

	private final ThreadPoolExecutor executor;

	ImportCommits(ImportService imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
		this.executor = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WAITING),
				(runnable) -> {
					Thread thread = new Thread(runnable, "import-commit");
					thread.setDaemon(true);
					return thread;
				});
		this.executor.allowCoreThreadTimeOut(true);
	}

	/**
	 * Puts the import's commit in line.
	 * @throws RefusedException when it is being committed or was committed, or too many
	 * commits wait
	 * @throws ImportNotFoundException when the import is not the user's
	 */
	void start(UUID userId, UUID importId) {
		forgetOld();
		ImportService.Standing standing = imports.standing(userId, importId);
		if (standing.done() != null) {
			throw new RefusedException("This import was committed already.");
		}
		Progress waiting = new Progress(userId, Stage.WAITING, 0, null, null, clock.instant());
		Progress before = progress.get(importId);
		boolean claimed = !standing.committing() && ((before == null) ? progress.putIfAbsent(importId, waiting) == null
				: before.finished() && progress.replace(importId, before, waiting));
		if (!claimed) {
			throw new RefusedException("This import is being committed already.");
		}
		try {
			executor.execute(() -> commit(userId, importId));
		}
		catch (RejectedExecutionException ex) {
			progress.remove(importId);
			throw new RefusedException("Too many imports are being committed right now; try again in a minute.");
		}
	}

	/** How far the import's commit on this node got, if one was started here lately. */
	Optional<Progress> progress(UUID userId, UUID importId) {
		return Optional.ofNullable(progress.get(importId)).filter((found) -> found.userId().equals(userId));
	}

	/** Forgets a finished commit's outcome (the import was undone or dropped). */
	void forget(UUID userId, UUID importId) {
		progress.computeIfPresent(importId,
				(id, found) -> (found.userId().equals(userId) && found.finished()) ? null : found);
	}

	private void commit(UUID userId, UUID importId) {
		try {
			Committed done = imports.commit(userId, importId, (step, rows) -> progress.put(importId,
					new Progress(userId, Stage.of(step), rows, null, null, clock.instant())));
			progress.put(importId, new Progress(userId, Stage.DONE, done.imported(), done, null, clock.instant()));
		}
		catch (InvalidInputException | RefusedException | NotFoundException ex) {
			failed(userId, importId, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Import {} could not be committed", importId, ex);
			failed(userId, importId, "The import could not be committed; nothing was booked. Try again.");
		}
	}

	private void failed(UUID userId, UUID importId, @Nullable String message) {
		progress.put(importId,
				new Progress(userId, Stage.FAILED, 0, null,
						(message != null) ? message : "The import could not be committed; nothing was booked.",
						clock.instant()));
	}

	private void forgetOld() {
		Instant oldest = clock.instant().minus(KEPT);
		progress.values().removeIf((found) -> found.finished() && found.at().isBefore(oldest));
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
