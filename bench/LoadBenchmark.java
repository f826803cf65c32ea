import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieHandler;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * ExpenSync under load on PostgreSQL: users creating transactions through the API at
 * 1, 16 and 64 clients at once, the same insert and balance update in plain SQL
 * (pgbench) as the yardstick, the floor under a create ({@link Floor}), and the
 * dashboard, account page and transaction list of a big ledger at 16 clients.
 * bench/load starts the app and measures its start-up; the last line printed is the
 * summary that bench/load promises.
 *
 * <p>
 * Usage:
 * {@code java bench/LoadBenchmark.java <base-url> <database> <start-seconds> <app-log> [--short]};
 * psql and pgbench find the server through PGHOST, PGPORT and PGUSER. The ledger, its
 * seeding and the browser sign-in are PageLatency's: the JDK 22+ source launcher compiles
 * that neighbouring file when this one refers to it.
 */
public class LoadBenchmark {

	static final int[] HTTP_CLIENTS = { 1, 16, 64 };

	static final int[] SQL_CLIENTS = { 1, 16 };

	static final int READERS = 16;

	/**
	 * Long enough for a slow answer under load, short enough that a stalled app cannot hold
	 * the run up: a step ends at most this much after its length.
	 */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * How long a stalled app gets to answer its health check promptly again before the
	 * next step (a request waiting for a connection gives up after HikariCP's 30 s).
	 */
	static final Duration RECOVERY = Duration.ofSeconds(120);

	/** How soon a health check answers when a connection is free for it. */
	static final Duration PROMPT = Duration.ofSeconds(3);

	static final String PASSWORD = "load-password-123";

	static final String READER = "load-reader@example.org";

	/** What the clients book, through the API and in SQL alike. */
	static final String DESCRIPTION = "Load test", CATEGORY = "food", MERCHANT = "Bench cafe";

	/**
	 * How long each step runs, how long the creates and each page are warmed up first, and
	 * how big the ledger read by the page steps is. The full run warms up for a minute,
	 * then half a minute per page: on two cores the JIT compiler takes about one of them
	 * for the first minutes of load (JDK Flight Recorder: 99 s of C2 compilations of
	 * 100 ms or more in a run with 5 s warm-ups), so shorter warm-ups time the compiler as
	 * much as the app. {@code EXPENSYNC_LOAD_WARMUP_S} sets both warm-ups, e.g. 5 for the
	 * earlier runs' numbers.
	 */
	record Plan(Duration step, Duration warmUp, Duration pageWarmUp, int ledgerRows) {

		static Plan of(boolean quick) {
			if (quick) {
				return new Plan(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(1), 10_000);
			}
			String asked = System.getenv("EXPENSYNC_LOAD_WARMUP_S");
			if (asked != null && !asked.isBlank()) {
				Duration warmUp = Duration.ofSeconds(Long.parseLong(asked.strip()));
				return new Plan(Duration.ofSeconds(20), warmUp, warmUp, PageLatency.TRANSACTIONS);
			}
			return new Plan(Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(30),
					PageLatency.TRANSACTIONS);
		}

	}

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			throw new IllegalArgumentException(
					"usage: java bench/LoadBenchmark.java <base-url> <database> <start-seconds> <app-log> [--short]");
		}
		URI base = URI.create(args[0]);
		PageLatency.Psql psql = new PageLatency.Psql(args[1]);
		Plan plan = Plan.of(args.length > 4 && args[4].equals("--short"));
		System.out.printf("Steps of %d s after warm-ups of %d s (creates) and %d s (each page); %s%n",
				plan.step().toSeconds(), plan.warmUp().toSeconds(), plan.pageWarmUp().toSeconds(), PageLatency.load());

		List<Writer> writers = Writer.make(base, psql, IntStream.of(HTTP_CLIENTS).max().orElseThrow());
		Map<Integer, Double> sql = new TreeMap<>();
		for (int clients : SQL_CLIENTS) {
			sql.put(clients, Pgbench.run(args[1], writers.subList(0, clients), plan.step(), Pgbench.Script.PLAIN)
				.perSecond());
		}
		Pgbench.Result least = Pgbench.run(args[1], writers.subList(0, READERS), plan.step(), Pgbench.Script.LEAST);

		// every HTTP step counts towards errors, warm-ups too: an error there is as real
		List<Step> steps = new ArrayList<>();
		Call create = Writer.creates(base, writers);
		steps.add(Step.run("warm-up", READERS, plan.warmUp(), List.of(), create));
		Map<Integer, Double> http = new TreeMap<>();
		for (int clients : HTTP_CLIENTS) {
			awaitHealthy(base);
			Step step = Step.run("create", clients, plan.step(), List.of(), create);
			steps.add(step);
			http.put(clients, step.perSecond());
		}

		awaitHealthy(base);
		Floor floor = Floor.measure(base, writers.subList(0, READERS), plan, steps);
		awaitHealthy(base);
		List<Step> reads = Reader.measure(base, psql, plan, steps);
		AppLog.summarise(Path.of(args[3]));
		floor.print(sql.get(16), least);

		long errors = steps.stream().mapToLong(Step::errorCount).sum();
		System.out.printf(
				"%ncreate_http_1=%.1f create_http_16=%.1f create_sql_1=%.1f create_sql_16=%.1f create_ratio_16=%.2f "
						+ "create_http_64=%.1f errors=%d dashboard_p99_ms=%s account_p99_ms=%s list_p99_ms=%s start_s=%s%n",
				http.get(1), http.get(16), sql.get(1), sql.get(16), ratio(http.get(16), sql.get(16)), http.get(64),
				errors, PageLatency.tenths(reads.get(0).percentile(99)),
				PageLatency.tenths(reads.get(1).percentile(99)), PageLatency.tenths(reads.get(2).percentile(99)),
				args[2]);
	}

	static double ratio(double http, double sql) {
		return sql == 0 ? 0 : http / sql;
	}

	/**
	 * Waits until the app answers its health check within {@link #PROMPT}: after a stall,
	 * requests that gave up on the client side may still hold the server's threads and
	 * connections, and the next step should measure itself, not the last one's tail. A
	 * prompt answer means a connection was free for its database check. It need not be UP:
	 * once JobRunr's background server has stopped after a stall, the health stays DOWN
	 * while every request is served again, so that answer is printed and the run goes on.
	 */
	static void awaitHealthy(URI base) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + RECOVERY.toNanos();
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			while (System.nanoTime() < deadline) {
				try {
					HttpResponse<String> health = http.send(
							HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(PROMPT).build(),
							HttpResponse.BodyHandlers.ofString());
					long waited = System.nanoTime() - start;
					if (!health.body().contains("\"status\":\"UP\"")) {
						System.out.printf("The app's health check answers %d %s%n", health.statusCode(), health.body());
					}
					if (waited > TimeUnit.SECONDS.toNanos(1)) {
						System.out.printf("The app answered promptly again after %s s%n", seconds(waited));
					}
					return;
				}
				catch (IOException notYet) {
					// a refused or slow check is what waiting here is for
				}
				Thread.sleep(500);
			}
		}
		System.out.printf("The app did not answer its health check within %d s; going on%n", RECOVERY.toSeconds());
	}

	static String seconds(long nanos) {
		return "%.1f".formatted(nanos / 1e9);
	}

	/** A GET of {@code uri}, with these headers (name, value, name, value…). */
	static Call get(URI uri, String... headers) {
		Request request = new Request("GET", uri, List.of(headers), null);
		return client -> request;
	}

	/** What client number {@code client} sends next. */
	interface Call {

		Request of(int client);

	}

	/**
	 * One request: its headers as name, value, name, value…, its body (null for none; its
	 * Content-Type among the headers), and the status that counts as its success (0 for
	 * any 2xx).
	 */
	record Request(String method, URI uri, List<String> headers, byte[] body, int expected) {

		Request(String method, URI uri, List<String> headers, byte[] body) {
			this(method, uri, headers, body, 0);
		}

		boolean succeeded(int status) {
			return (expected == 0) ? status / 100 == 2 : status == expected;
		}

	}

	/**
	 * What a step measured: the successes (2xx answers), the errors by kind (any other
	 * status, a time-out, an I/O error), the latency of every request (errors included, so
	 * a time-out counts as the 10 s it took), and the step's whole length, from the start to
	 * the last client's last answer.
	 */
	record Step(String name, int clients, long nanos, long successes, Map<String, Long> errors, long[] latencies,
			CpuUse cpu) {

		/** What a step sends: its name, the clients' sessions (none for the API) and the request. */
		record Kind(String name, List<CookieHandler> sessions, Call call) {
		}

		/**
		 * Runs {@code clients} threads, each with its own connection (and the cookies of its
		 * own session, if any are given), sending requests one after the other until the
		 * step's length has passed.
		 */
		static Step run(String name, int clients, Duration length, List<CookieHandler> sessions, Call call)
				throws InterruptedException {
			CountDownLatch go = new CountDownLatch(1);
			long[] successes = new long[clients];
			List<Map<String, Long>> errors = new ArrayList<>();
			List<LongStream.Builder> latencies = new ArrayList<>();
			List<Thread> threads = new ArrayList<>();
			long[] deadline = new long[1];
			for (int i = 0; i < clients; i++) {
				int client = i;
				Map<String, Long> mine = new TreeMap<>();
				LongStream.Builder times = LongStream.builder();
				errors.add(mine);
				latencies.add(times);
				CookieHandler session = sessions.isEmpty() ? null : sessions.get(client);
				threads.add(Thread.ofPlatform().start(() -> {
					try (Connection connection = new Connection(session)) {
						go.await();
						while (System.nanoTime() < deadline[0]) {
							long start = System.nanoTime();
							String error = connection.attempt(call.of(client));
							times.add(System.nanoTime() - start);
							if (error == null) {
								successes[client]++;
							}
							else {
								mine.merge(error, 1L, Long::sum);
							}
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
			}
			CpuUse before = CpuUse.now();
			long start = System.nanoTime();
			deadline[0] = start + length.toNanos();
			go.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			Step step = new Step(name, clients, System.nanoTime() - start, LongStream.of(successes).sum(),
					merged(errors), latencies.stream().flatMapToLong(LongStream.Builder::build).toArray(),
					CpuUse.now().since(before));
			step.print();
			return step;
		}

		/**
		 * Runs each kind at {@link #READERS} clients after its warm-up (the plan's page
		 * warm-up); adds every step to {@code all} and answers the timed ones.
		 */
		static List<Step> afterWarmUps(Plan plan, List<Step> all, Kind... kinds) throws InterruptedException {
			List<Step> timed = new ArrayList<>();
			for (Kind kind : kinds) {
				all.add(run("warm-up", READERS, plan.pageWarmUp(), kind.sessions(), kind.call()));
				timed.add(run(kind.name(), READERS, plan.step(), kind.sessions(), kind.call()));
			}
			all.addAll(timed);
			return timed;
		}

		private static Map<String, Long> merged(List<Map<String, Long>> errors) {
			Map<String, Long> all = new TreeMap<>();
			errors.forEach(each -> each.forEach((kind, count) -> all.merge(kind, count, Long::sum)));
			return all;
		}

		double perSecond() {
			return successes * 1e9 / nanos;
		}

		/** One kind of CPU time per request, successes and errors alike, in ms. */
		double cpuEach(ToLongFunction<CpuUse> kind) {
			long requests = successes + errorCount();
			return (requests == 0) ? 0 : (double) kind.applyAsLong(cpu) / requests;
		}

		long errorCount() {
			return errors.values().stream().mapToLong(Long::longValue).sum();
		}

		long percentile(int p) {
			return new PageLatency.Timings(name, latencies).percentile(p);
		}

		void print() {
			System.out.printf("%-10s %2d clients %6.1f s: %7d ok %6d errors %8.1f/s  p50 %s ms  p99 %s ms  max %s ms%s%n",
					name, clients, nanos / 1e9, successes, errorCount(), perSecond(),
					PageLatency.tenths(percentile(50)), PageLatency.tenths(percentile(99)),
					PageLatency.tenths(percentile(100)), errors.isEmpty() ? "" : "  " + errors);
			System.out.printf("%-10s %s%n", "", cpu.perRequest(successes + errorCount(), nanos));
		}

	}

	/**
	 * One client's keep-alive HTTP/1.1 connection, on a plain socket: it writes the request
	 * and reads the status, the headers and the body (by its length, or chunked), and opens
	 * a new connection when the app closes one (Tomcat does after 100 requests). Java's
	 * {@code HttpClient} took 0.8 to 1.1 ms of CPU a request at 16 clients (2026-12-05), a
	 * sixth of the two cores; this takes 0.1 to 0.4 ms, so the app has the cores. A request
	 * gets {@link #REQUEST_TIMEOUT} for its whole answer.
	 */
	static final class Connection implements AutoCloseable {

		private final CookieHandler session;

		/** The session's cookies as one header's value, read at the first request; null for none. */
		private String cookies;

		private final byte[] buffer = new byte[64 * 1024];

		private int position, limit;

		private Socket socket;

		private long deadline;

		/** With the cookies of {@code session}, or none if it is null. */
		Connection(CookieHandler session) {
			this.session = session;
		}

		/**
		 * Null for the answer the request expects (a 2xx, unless it names another), else
		 * what went wrong, as the kind of error to count.
		 */
		String attempt(Request request) {
			try {
				int status = exchange(request);
				return request.succeeded(status) ? null : "HTTP " + status;
			}
			catch (SocketTimeoutException ex) {
				close();
				return "no answer in " + REQUEST_TIMEOUT.toSeconds() + " s";
			}
			catch (IOException ex) {
				close();
				return ex.getClass().getSimpleName();
			}
		}

		private int exchange(Request request) throws IOException {
			deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
			boolean fresh = socket == null;
			if (fresh) {
				open(request.uri());
			}
			try {
				write(request);
				return read();
			}
			catch (EOFException | SocketException closed) {
				if (fresh) {
					throw closed;
				}
				// the app closed a kept-alive connection between two requests: once more on a new one
				close();
				deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos();
				open(request.uri());
				write(request);
				return read();
			}
		}

		private void open(URI uri) throws IOException {
			Socket opened = new Socket();
			opened.setTcpNoDelay(true);
			opened.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
			socket = opened;
			position = 0;
			limit = 0;
		}

		private void write(Request request) throws IOException {
			URI uri = request.uri();
			if (session != null && cookies == null) {
				cookies = cookies(session, uri);
			}
			StringBuilder head = new StringBuilder(256).append(request.method())
				.append(' ')
				.append(uri.getRawPath())
				.append((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
				.append(" HTTP/1.1\r\nHost: ")
				.append(uri.getHost())
				.append(':')
				.append(uri.getPort())
				.append("\r\n");
			List<String> headers = request.headers();
			for (int i = 0; i + 1 < headers.size(); i += 2) {
				head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
			}
			if (cookies != null) {
				head.append("Cookie: ").append(cookies).append("\r\n");
			}
			if (request.body() != null) {
				head.append("Content-Length: ").append(request.body().length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
			if (request.body() == null) {
				out.write(bytes);
			}
			else {
				// one write: head and body leave in one packet and one system call, not two
				byte[] whole = Arrays.copyOf(bytes, bytes.length + request.body().length);
				System.arraycopy(request.body(), 0, whole, bytes.length, request.body().length);
				out.write(whole);
			}
			out.flush();
		}

		/** Reads one answer, body and all; answers its status. */
		private int read() throws IOException {
			String status = line();
			if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
				throw new ProtocolException("not an HTTP/1.1 status line: " + status);
			}
			int code = Integer.parseInt(status.substring(9, 12));
			long length = -1;
			boolean chunked = false, closing = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				String name = header.substring(0, Math.max(colon, 0)).strip();
				String value = header.substring(colon + 1).strip();
				if (name.equalsIgnoreCase("Content-Length")) {
					length = Long.parseLong(value);
				}
				else if (name.equalsIgnoreCase("Transfer-Encoding")) {
					chunked = value.equalsIgnoreCase("chunked");
				}
				else if (name.equalsIgnoreCase("Connection")) {
					closing = value.equalsIgnoreCase("close");
				}
			}
			if (code == 204 || code == 304) {
				length = 0;
			}
			if (chunked) {
				for (long size = chunk(); size > 0; size = chunk()) {
					skip(size);
					line();
				}
				while (!line().isEmpty()) {
					// trailers
				}
			}
			else if (length >= 0) {
				skip(length);
			}
			else {
				while (fill()) {
					position = limit;
				}
				closing = true;
			}
			if (closing) {
				close();
			}
			return code;
		}

		private long chunk() throws IOException {
			String size = line();
			int extension = size.indexOf(';');
			return Long.parseLong((extension >= 0) ? size.substring(0, extension).strip() : size.strip(), 16);
		}

		private void skip(long count) throws IOException {
			long left = count;
			while (left > 0) {
				if (position == limit && !fill()) {
					throw new EOFException("the answer ended early");
				}
				int taken = (int) Math.min(left, limit - position);
				position += taken;
				left -= taken;
			}
		}

		/** One line without its CRLF; EOFException if the connection ends first. */
		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			while (true) {
				if (position == limit && !fill()) {
					throw new EOFException("the connection ended");
				}
				byte next = buffer[position++];
				if (next == '\n') {
					int end = line.length();
					return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
				}
				line.append((char) (next & 0xff));
			}
		}

		/** Reads more, within what is left of the request's time; false at the end of the stream. */
		private boolean fill() throws IOException {
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				throw new SocketTimeoutException("the request's time is up");
			}
			socket.setSoTimeout((int) left);
			int read = socket.getInputStream().read(buffer, 0, buffer.length);
			if (read < 0) {
				return false;
			}
			position = 0;
			limit = read;
			return true;
		}

		@Override
		public void close() {
			if (socket != null) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing a broken connection; the next request opens another
				}
				socket = null;
			}
		}

		/** The session's cookies for the app, as one Cookie header's value. */
		private static String cookies(CookieHandler session, URI uri) {
			try {
				List<String> values = session.get(uri, Map.of()).getOrDefault("Cookie", List.of());
				return values.isEmpty() ? null : String.join("; ", values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * One writing client's own user, API token and account, so that no two clients wait on
	 * the same account row.
	 */
	record Writer(UUID userId, String token, UUID accountId) {

		/**
		 * Signs the users up through the API and gives each an account (HTTP Basic), then
		 * stores a token for each as the profile page would: only the SHA-256 of its secret.
		 */
		static List<Writer> make(URI base, PageLatency.Psql psql, int count) throws Exception {
			long started = System.nanoTime();
			List<UUID> users = new ArrayList<>();
			List<UUID> accounts = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				PageLatency.Api api = new PageLatency.Api(base, "load-%02d@example.org".formatted(i), PASSWORD);
				users.add(api.signUp("Load " + i));
				accounts.add(api.createAccount("Load account", "CURRENT"));
			}
			List<String> secrets = users.stream().map(user -> ApiTokens.secret()).toList();
			psql.run(ApiTokens.insert(users, secrets));
			System.out.printf("Made %d users with a token and an account in %s s%n", count,
					seconds(System.nanoTime() - started));
			return IntStream.range(0, count)
				.mapToObj(i -> new Writer(users.get(i), secrets.get(i), accounts.get(i)))
				.toList();
		}

		/**
		 * {@code POST /api/v1/transactions}: an expense of 0.01 to 9.99 on a day of the past
		 * year, from yesterday back (today may still be tomorrow in no time zone), as a real
		 * ledger's dates are spread. With every create (and every SQL insert) on one day, that
		 * day held half of the table, and PostgreSQL, estimating from it, scanned the whole
		 * table for the reader's month on the dashboard.
		 */
		static Call creates(URI base, List<Writer> writers) {
			URI uri = base.resolve("/api/v1/transactions");
			return client -> {
				Writer writer = writers.get(client);
				String amount = BigDecimal.valueOf(ThreadLocalRandom.current().nextLong(1, 1000), 2).toPlainString();
				LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(ThreadLocalRandom.current().nextInt(1, 366));
				return writer.expense(uri, amount, date, writer.accountId(), 0);
			};
		}

		/** An expense sent with this writer's token, answered by {@code expected} (0: a 2xx). */
		Request expense(URI uri, String amount, LocalDate date, UUID accountId, int expected) {
			String json = """
					{"type": "EXPENSE", "amount": "%s", "date": "%s", "description": "%s", "category": "%s", \
					"merchant": "%s", "accountId": "%s"}""".formatted(amount, date, DESCRIPTION, CATEGORY, MERCHANT,
					accountId);
			return new Request("POST", uri, List.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
					json.getBytes(StandardCharsets.UTF_8), expected);
		}

	}

	/**
	 * API tokens as the app makes them: {@code exs_} and 32 random bytes in Base64url
	 * without padding; the api_tokens row keeps only the lower-case hex SHA-256.
	 */
	static final class ApiTokens {

		private static final SecureRandom RANDOM = new SecureRandom();

		static String secret() {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			return "exs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

		static String insert(List<UUID> users, List<String> secrets) {
			List<String> rows = new ArrayList<>();
			for (int i = 0; i < users.size(); i++) {
				rows.add("('%s', '%s', 'bench/load', '%s', now())".formatted(UUID.randomUUID(), users.get(i),
						hash(secrets.get(i))));
			}
			return "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES "
					+ String.join(", ", rows);
		}

		static String hash(String secret) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every JDK has SHA-256", ex);
			}
		}

	}

	/**
	 * Creates written in SQL on the app's own tables, one transaction each, run by pgbench
	 * ({@code -M prepared}): how fast the database alone books them. Each pgbench client
	 * writes to its own writer's account, chosen by {@code \if} on {@code :client_id}
	 * (pgbench variables are numbers, so the ids are written out).
	 */
	static final class Pgbench {

		private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

		private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

		/** What one transaction holds. */
		enum Script {

			/**
			 * The yardstick of {@code create_sql_*}: the columns the app's insert fills
			 * (Transaction and its V4/V7 migrations), on a day of the past year as the HTTP
			 * creates, then AccountRepository.post's relative update (balance and row counts in
			 * one statement).
			 */
			PLAIN("sql"),

			/**
			 * The least SQL a create that keeps the app's promises must send, each part as one
			 * statement: the token's row with its user (who is asking, and may they), the
			 * balance update, which also proves the account is the user's and gives its
			 * currency, the insert, and the audit row. The app sends more (the token in a
			 * transaction of its own, the user's rules, the category, the budget check
			 * afterwards), so this is a floor, not a plan.
			 */
			LEAST("least sql");

			final String label;

			Script(String label) {
				this.label = label;
			}

		}

		/** Transactions a second, and the machine's CPU for each in ms, pgbench's own included. */
		record Result(double perSecond, double machineEach) {
		}

		static Result run(String database, List<Writer> writers, Duration length, Script kind)
				throws IOException, InterruptedException {
			Path script = Files.createTempFile("expensync-load-", ".sql");
			try {
				Files.writeString(script, script(writers, kind));
				int threads = Math.min(writers.size(), Runtime.getRuntime().availableProcessors());
				CpuUse before = CpuUse.now();
				Process pgbench = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c",
						String.valueOf(writers.size()), "-j", String.valueOf(threads), "-T",
						String.valueOf(length.toSeconds()), "-f", script.toString(), database)
					.redirectErrorStream(true)
					.start();
				String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				pgbench.waitFor();
				CpuUse used = CpuUse.now().since(before);
				Matcher tps = TPS.matcher(output);
				Matcher processed = PROCESSED.matcher(output);
				if (pgbench.exitValue() != 0 || !tps.find() || !processed.find()) {
					System.out.printf("pgbench with %d clients failed:%n%s%n", writers.size(), output);
					return new Result(0, 0);
				}
				long transactions = Long.parseLong(processed.group(1));
				Result result = new Result(Double.parseDouble(tps.group(1)),
						(transactions == 0) ? 0 : (double) used.machine() / transactions);
				String summary = output.lines()
					.filter(line -> line.startsWith("number of failed") || line.startsWith("latency average"))
					.map(String::strip)
					.collect(Collectors.joining(", "));
				System.out.printf("%-10s %2d clients %6d s: %8.1f/s  machine %.2f ms each, %s%n", kind.label,
						writers.size(), length.toSeconds(), result.perSecond(), result.machineEach(), summary);
				return result;
			}
			finally {
				Files.deleteIfExists(script);
			}
		}

		static String script(List<Writer> writers, Script kind) {
			StringBuilder script = new StringBuilder("\\set cents random(1, 999)\n\\set days_ago random(1, 365)\n");
			for (int i = 0; i < writers.size(); i++) {
				Writer writer = writers.get(i);
				String insert = """
						INSERT INTO transactions (id, user_id, account_id, to_account_id, type, amount, currency, \
						booked_on, description, category_key, merchant, notes, recurring_rule_id, created_at, \
						updated_at, version) VALUES (gen_random_uuid(), '%1$s', '%2$s', NULL, 'EXPENSE', \
						:cents * 0.01, 'EUR', current_date - CAST(:days_ago AS integer), '%3$s', '%4$s', '%5$s', NULL, NULL, now(), now(), 0);
						""".formatted(writer.userId(), writer.accountId(), DESCRIPTION, CATEGORY, MERCHANT);
				String update = """
						UPDATE accounts SET balance = balance + (-(:cents * 0.01)), booked_rows = booked_rows + 1, \
						received_rows = received_rows + 0, updated_at = now() WHERE id = '%2$s' AND user_id = '%1$s'\
						""".formatted(writer.userId(), writer.accountId());
				script.append(i == 0 ? "\\if" : "\\elif").append(" :client_id = ").append(i).append("\nBEGIN;\n");
				switch (kind) {
					case PLAIN -> script.append(insert).append(update).append(";\n");
					case LEAST -> script.append("""
							SELECT t.id, t.expires_at, u.id, u.role, u.currency, u.timezone, u.locale FROM api_tokens t \
							JOIN users u ON u.id = t.user_id WHERE t.token_hash = '%s';
							""".formatted(ApiTokens.hash(writer.token())))
						.append(update)
						.append(" RETURNING currency, balance;\n")
						.append(insert)
						.append("""
								INSERT INTO audit_events (id, user_id, kind, detail, address, browser, created_at) \
								VALUES (gen_random_uuid(), '%s', 'TRANSACTION_ADDED', '%s, expense', '127.0.0.1', \
								'bench/load', now());
								""".formatted(writer.userId(), DESCRIPTION));
				}
				script.append("COMMIT;\n");
			}
			return script.append("\\endif\n").toString();
		}

	}

	/**
	 * CPU time used so far, in milliseconds: by the app (its process id in
	 * {@code EXPENSYNC_LOAD_APP_PID}, set by bench/load), by PostgreSQL (every process named
	 * postgres: its server and its backends, also those of other databases), by this program
	 * (the load generator) and by the whole machine, from /proc. The three share the
	 * machine's cores, so what one request costs each says which one to make cheaper. A
	 * backend that ends within a step takes its time with it; the app's pool keeps its
	 * connections. Zero where /proc cannot be read (not Linux).
	 */
	record CpuUse(long app, long database, long bench, long machine) {

		private static final long APP = Long.parseLong(System.getenv().getOrDefault("EXPENSYNC_LOAD_APP_PID", "-1"));

		/** Linux's USER_HZ, the unit of /proc's times, on every architecture it runs on. */
		private static final long MS_PER_TICK = 10;

		static CpuUse now() {
			long app = 0;
			long database = 0;
			long bench = 0;
			long self = ProcessHandle.current().pid();
			try (var entries = Files.list(Path.of("/proc"))) {
				for (Path dir : (Iterable<Path>) entries::iterator) {
					String name = dir.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					String stat;
					try {
						stat = Files.readString(dir.resolve("stat"));
					}
					catch (IOException ex) {
						continue; // ended since the listing
					}
					// pid (comm) state ppid ... utime stime: fields 14 and 15, counted from 1
					int close = stat.lastIndexOf(')');
					String command = stat.substring(stat.indexOf('(') + 1, close);
					String[] after = stat.substring(close + 2).split(" ");
					long ms = (Long.parseLong(after[11]) + Long.parseLong(after[12])) * MS_PER_TICK;
					long pid = Long.parseLong(name);
					if (pid == APP) {
						app += ms;
					}
					else if (pid == self) {
						bench += ms;
					}
					else if (command.equals("postgres")) {
						database += ms;
					}
				}
				// cpu user nice system idle iowait irq softirq steal: all but idle and iowait
				String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long busy = 0;
				for (int i = 1; i <= 8 && i < cpu.length; i++) {
					busy += (i == 4 || i == 5) ? 0 : Long.parseLong(cpu[i]);
				}
				return new CpuUse(app, database, bench, busy * MS_PER_TICK);
			}
			catch (IOException | RuntimeException ex) {
				return new CpuUse(0, 0, 0, 0);
			}
		}

		CpuUse since(CpuUse before) {
			return new CpuUse(app - before.app, database - before.database, bench - before.bench,
					machine - before.machine);
		}

		/**
		 * What each request cost, in CPU milliseconds: the app's, PostgreSQL's, the load
		 * generator's and the rest of the machine's, and how busy the cores were.
		 */
		String perRequest(long requests, long nanos) {
			if (machine == 0 || requests == 0) {
				return "cpu per request: not measured";
			}
			double each = requests;
			double cores = Runtime.getRuntime().availableProcessors();
			return "cpu per request: app %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms, rest %.2f ms; cores %.0f %% busy"
				.formatted(app / each, database / each, bench / each,
						Math.max(0, machine - app - database - bench) / each,
						100.0 * machine / (nanos / 1e6 * cores));
		}

	}

	/**
	 * What a create costs at 16 clients before it writes anything: a floor under its
	 * cost. {@code /livez} goes through Tomcat, the filters and Spring MVC, and no
	 * database; a create that names an account nobody has goes through all that a create
	 * does before it writes (the token and its user, the JSON, the checks, the user's
	 * rules, the account read) and is answered 404, which counts as its success.
	 * {@code create_ratio_16} of 0.5 leaves each create
	 * {@code cores × 1000 / (create_sql_16 / 2)} ms of the machine's CPU, the app's,
	 * PostgreSQL's and the load generator's together.
	 */
	record Floor(Step livez, Step refused) {

		static Floor measure(URI base, List<Writer> writers, Plan plan, List<Step> all) throws InterruptedException {
			URI uri = base.resolve("/api/v1/transactions");
			LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
			UUID nobodys = UUID.randomUUID();
			List<Step> timed = Step.afterWarmUps(plan, all, new Step.Kind("livez", List.of(), get(base.resolve("/livez"))),
					new Step.Kind("refused", List.of(),
							client -> writers.get(client).expense(uri, "1.00", yesterday, nobodys, 404)));
			return new Floor(timed.get(0), timed.get(1));
		}

		/**
		 * The floor beside what a create may cost for {@code create_ratio_16} of 0.5: the
		 * refused create, and the least any create could cost, an answer as cheap as
		 * {@code /livez} for the least SQL ({@link Pgbench.Script#LEAST}).
		 */
		void print(double sql16, Pgbench.Result least) {
			double budget = (sql16 == 0) ? 0 : Runtime.getRuntime().availableProcessors() * 1000.0 / (sql16 / 2);
			System.out.printf(
					"%nfloor_livez_app_ms=%.2f floor_create_app_ms=%.2f floor_create_db_ms=%.2f floor_create_machine_ms=%.2f "
							+ "floor_sql_machine_ms=%.2f floor_least_machine_ms=%.2f create_budget_machine_ms=%.2f%n",
					livez.cpuEach(CpuUse::app), refused.cpuEach(CpuUse::app), refused.cpuEach(CpuUse::database),
					refused.cpuEach(CpuUse::machine), least.machineEach(),
					livez.cpuEach(CpuUse::machine) + least.machineEach(), budget);
		}

	}

	/**
	 * The reading side: one user with PageLatency's ledger (four accounts), read by 16
	 * clients at once on the dashboard and the busiest account's first page (each client
	 * signed in like a browser, with a session of its own) and on
	 * {@code GET /api/v1/transactions} (with a token).
	 */
	static final class Reader {

		/**
		 * Seeds the ledger and times the three reads, after a warm-up each; answers the
		 * timed steps and adds every step, warm-ups included, to {@code all}.
		 */
		static List<Step> measure(URI base, PageLatency.Psql psql, Plan plan, List<Step> all) throws Exception {
			PageLatency.Api api = new PageLatency.Api(base, READER, PASSWORD);
			UUID userId = api.signUp("Load reader");
			UUID[] accounts = new UUID[PageLatency.Role.values().length];
			for (PageLatency.Role role : PageLatency.Role.values()) {
				accounts[role.ordinal()] = api.createAccount(role.accountName, role.name());
			}
			long started = System.nanoTime();
			PageLatency.Ledger ledger = PageLatency.Ledger.generate(new SplittableRandom(PageLatency.SEED),
					LocalDate.now(ZoneOffset.UTC), plan.ledgerRows());
			psql.load(ledger, userId, accounts);
			String token = ApiTokens.secret();
			psql.run(ApiTokens.insert(List.of(userId), List.of(token)));
			System.out.printf("Seeded %,d transactions in %s s; %s%n", plan.ledgerRows(),
					seconds(System.nanoTime() - started), PageLatency.load());

			List<CookieHandler> sessions = new ArrayList<>();
			for (int i = 0; i < READERS; i++) {
				PageLatency.Browser browser = new PageLatency.Browser(base);
				browser.signIn(READER, PASSWORD);
				sessions.add(browser.http().cookieHandler().orElseThrow());
			}
			URI dashboard = base.resolve("/dashboard");
			URI account = base.resolve("/accounts/" + accounts[ledger.busiest().ordinal()]);
			URI list = base.resolve("/api/v1/transactions");
			return Step.afterWarmUps(plan, all, new Step.Kind("dashboard", sessions, get(dashboard)),
					new Step.Kind("account", sessions, get(account)),
					new Step.Kind("list", List.of(), get(list, "Authorization", "Bearer " + token)));
		}

	}

	/**
	 * The app's warnings and errors during the run, counted by message with the numbers
	 * masked, so a stall shows what it was (a pool time-out, a deadlock) beside the counts.
	 */
	static final class AppLog {

		private static final Pattern LEVEL = Pattern.compile("\\s(WARN|ERROR)\\s.*?\\s:\\s(.*)");

		static void summarise(Path log) throws IOException {
			if (!Files.isReadable(log)) {
				return;
			}
			Map<String, Long> counts = new TreeMap<>();
			try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
				lines.map(LEVEL::matcher).filter(Matcher::find).forEach(line -> {
					String message = line.group(2).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")
						.replaceAll("\\d+", "#");
					counts.merge(line.group(1) + " " + message.substring(0, Math.min(message.length(), 160)), 1L,
							Long::sum);
				});
			}
			System.out.printf("%nApp log (%s): %d kinds of WARN/ERROR lines%n", log, counts.size());
			counts.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(8)
				.forEach(entry -> System.out.printf("%7d  %s%n", entry.getValue(), entry.getKey()));
		}

	}

}
