package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many clients of the app at once: each runs its operations as soon as all are ready, and
 * every answer is tallied by status. Another client of the same user may have deleted or
 * changed a row first, so 404 and 409 are expected refusals; any other answer from 300 up
 * is kept, with what was asked and the body, for the assertion.
 */
public final class ConcurrentClients {

	/** What one operation asked for and what the app answered. */
	public record Outcome(String what, int status, String body) {
	}

	/** One client; {@code operation} counts its operations from 0. */
	@FunctionalInterface
	public interface Client {

		Outcome next(int operation) throws Exception;

	}

	private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

	private final List<String> unexpected = new CopyOnWriteArrayList<>();

	private final int operations;

	private ConcurrentClients(int operations) {
		this.operations = operations;
	}

	/** Runs every client's operations, all clients at once, and waits for them. */
	public static ConcurrentClients run(List<Client> clients, int operations, Duration patience) throws Exception {
		ConcurrentClients run = new ConcurrentClients(operations);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(clients.size());
		List<Future<?>> done = new ArrayList<>();
		for (Client client : clients) {
			done.add(threads.submit(() -> {
				start.await();
				for (int op = 0; op < operations; op++) {
					run.tally(client.next(op));
				}
				return null;
			}));
		}
		start.countDown();
		threads.shutdown();
		assertThat(threads.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)).as("every client finished")
			.isTrue();
		for (Future<?> client : done) {
			client.get();
		}
		return run;
	}

	private void tally(Outcome outcome) {
		statuses.computeIfAbsent(outcome.status(), s -> new AtomicInteger()).incrementAndGet();
		if (outcome.status() >= 300 && outcome.status() != 404 && outcome.status() != 409) {
			unexpected.add(outcome.what() + " → " + outcome.status() + " " + outcome.body());
		}
	}

	/**
	 * Every operation was answered with success, 404 or 409, and most of them with
	 * success.
	 */
	public void assertAnsweredWell(int clients, long seed) {
		assertThat(unexpected).as("answers other than success, 404 or 409 (seed %d): %s", seed, statuses).isEmpty();
		int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
		assertThat(total).isEqualTo(clients * operations);
		assertThat(statuses.keySet().stream().filter(status -> status < 300).mapToInt(s -> statuses.get(s).get()).sum())
			.as("most writes succeed: %s", statuses)
			.isGreaterThan(total * 3 / 4);
	}

}
