import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page latency with a big ledger: signs up a user and four accounts through the API of a
 * running ExpenSync, loads 100,000 transactions straight into its PostgreSQL database
 * with psql, signs in like a browser and times the dashboard, account and search pages.
 * The last line it prints is the summary that bench/pages promises.
 *
 * <p>
 * Usage: {@code java bench/PageLatency.java <base-url> <database>}; psql finds the
 * server through PGHOST, PGPORT and PGUSER. bench/LoadBenchmark.java seeds and signs in
 * with this file's Ledger, Psql, Api and Browser, so a change to them shows in both.
 */
public class PageLatency {

	static final int TRANSACTIONS = 100_000;

	static final int YEARS = 6;

	static final long SEED = 20261125L;

	static final int PAGE_SIZE = 20;

	static final String SEARCH = "lidl";

	static final int WARM_UP = 30;

	static final int RUNS = 200;

	static final String EMAIL = "bench@example.org";

	static final String PASSWORD = "bench-password-123";

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: java bench/PageLatency.java <base-url> <database>");
		}
		Api api = new Api(URI.create(args[0]), EMAIL, PASSWORD);
		Psql psql = new Psql(args[1]);

		UUID userId = api.signUp("Bench");
		UUID[] accounts = new UUID[Role.values().length];
		for (Role role : Role.values()) {
			accounts[role.ordinal()] = api.createAccount(role.accountName, role.name());
		}

		long started = System.nanoTime();
		Ledger ledger = Ledger.generate(new SplittableRandom(SEED), LocalDate.now(ZoneOffset.UTC), TRANSACTIONS);
		psql.load(ledger, userId, accounts);
		System.out.printf("Seeded %,d transactions in %s ms%n", TRANSACTIONS, tenths(System.nanoTime() - started));

		Browser browser = new Browser(URI.create(args[0]));
		browser.signIn(EMAIL, PASSWORD);
		List<Probe> probes = probes(ledger, accounts);
		System.out.println(load());
		List<Timings> results = new ArrayList<>();
		for (Probe probe : probes) {
			results.add(probe.measure(browser));
		}
		report(results);
	}

	/**
	 * The pages to time. The account pages use the busiest account, whose queries read
	 * the most rows; the deep pages sit halfway through, so OFFSET skips half of them.
	 */
	static List<Probe> probes(Ledger ledger, UUID[] accounts) {
		Role busiest = ledger.busiest();
		String path = "/accounts/" + accounts[busiest.ordinal()];
		int pages = pageCount(ledger.touching(busiest));
		int searchPages = pageCount(ledger.matching(busiest, SEARCH));
		System.out.printf("Busiest account: %s, %,d transactions (%,d pages), %,d matching \"%s\" (%,d pages)%n",
				busiest.accountName, ledger.touching(busiest), pages, ledger.matching(busiest, SEARCH), SEARCH,
				searchPages);
		List<String> everyAccount = Arrays.stream(Role.values()).map(role -> role.accountName).toList();
		return List.of(new Probe("dashboard", "/dashboard", everyAccount),
				new Probe("account first page", path, List.of(busiest.accountName, pageOf(0, pages))),
				new Probe("account deep page", path + "?page=" + pages / 2,
						List.of(busiest.accountName, pageOf(pages / 2, pages))),
				new Probe("search first page", path + "?q=" + SEARCH,
						List.of(busiest.accountName, "Lidl", pageOf(0, searchPages))),
				new Probe("search deep page", path + "?q=" + SEARCH + "&page=" + searchPages / 2,
						List.of(busiest.accountName, "Lidl", pageOf(searchPages / 2, searchPages))));
	}

	/** What else the machine is doing matters on two cores, so the report says. */
	static String load() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		String[] fields = Files.exists(loadavg) ? Files.readString(loadavg).split(" ") : new String[] { "?", "?", "?" };
		return "Load average before timing: %s %s %s on %d cores".formatted(fields[0], fields[1], fields[2],
				Runtime.getRuntime().availableProcessors());
	}

	static int pageCount(int rows) {
		return (rows + PAGE_SIZE - 1) / PAGE_SIZE;
	}

	/** The account page's pager text, which proves the page and the count both came back. */
	static String pageOf(int page, int pages) {
		return "Page " + (page + 1) + " of " + pages;
	}

	static void report(List<Timings> results) {
		System.out.printf("%n%-20s %6s %8s %8s %8s %8s%n", "page (ms)", "count", "p50", "p90", "p99", "max");
		for (Timings timings : results) {
			System.out.printf("%-20s %6d %8s %8s %8s %8s%n", timings.name(), timings.count(),
					tenths(timings.percentile(50)), tenths(timings.percentile(90)), tenths(timings.percentile(99)),
					tenths(timings.max()));
		}
		Timings dashboard = Timings.combined(results, "dashboard");
		Timings account = Timings.combined(results, "account");
		Timings search = Timings.combined(results, "search");
		System.out.printf("%ndashboard_p50_ms=%s dashboard_p99_ms=%s account_p50_ms=%s account_p99_ms=%s search_p99_ms=%s%n",
				tenths(dashboard.percentile(50)), tenths(dashboard.percentile(99)), tenths(account.percentile(50)),
				tenths(account.percentile(99)), tenths(search.percentile(99)));
	}

	/** Nanoseconds as milliseconds with one decimal, rounded, in integer arithmetic. */
	static String tenths(long nanos) {
		long tenthsOfMs = (nanos + 50_000) / 100_000;
		return tenthsOfMs / 10 + "." + tenthsOfMs % 10;
	}

	/** One page to time, and the text that shows it is the right page. */
	record Probe(String name, String path, List<String> expected) {

		Timings measure(Browser browser) {
			for (int i = 0; i < WARM_UP; i++) {
				browser.get(path, expected);
			}
			long[] nanos = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				nanos[i] = browser.get(path, expected);
			}
			return new Timings(name, nanos);
		}
	}

	record Timings(String name, long[] nanos) {

		/** All the samples of the pages whose name starts with the given word, as one. */
		static Timings combined(List<Timings> results, String word) {
			long[] nanos = results.stream()
				.filter(timings -> timings.name().startsWith(word))
				.flatMapToLong(timings -> Arrays.stream(timings.nanos()))
				.toArray();
			return new Timings(word, nanos);
		}

		int count() {
			return nanos.length;
		}

		/** Nearest rank: the smallest sample with at least p percent of them at or below it. */
		long percentile(int p) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			int rank = (p * sorted.length + 99) / 100;
			return sorted[Math.max(rank, 1) - 1];
		}

		long max() {
			return percentile(100);
		}
	}

	/** The four accounts, and which of them each kind of transaction uses. */
	enum Role {

		CURRENT("Everyday current"), SAVINGS("Rainy-day savings"), CREDIT_CARD("Visa card"), CASH("Wallet cash");

		final String accountName;

		Role(String accountName) {
			this.accountName = accountName;
		}

	}

	/**
	 * A kind of transaction: its type, category, description, the merchants it happens at,
	 * its range of amounts in cents, how often it happens relative to the others, and the
	 * accounts it uses ({@code from} null: an expense, paid from whichever account).
	 */
	record Kind(String type, String category, String description, List<String> merchants, int minCents, int maxCents,
			int weight, Role from, Role to) {

		static Kind expense(String category, String description, int minCents, int maxCents, int weight,
				String... merchants) {
			return new Kind("EXPENSE", category, description, List.of(merchants), minCents, maxCents, weight, null,
					null);
		}

		static Kind income(String category, String description, Role account, int minCents, int maxCents, int weight,
				String... merchants) {
			return new Kind("INCOME", category, description, List.of(merchants), minCents, maxCents, weight, account,
					null);
		}

		static Kind transfer(String description, Role from, Role to, int minCents, int maxCents, int weight,
				String... merchants) {
			return new Kind("TRANSFER", null, description, List.of(merchants), minCents, maxCents, weight, from, to);
		}

	}

	/** About 85% expenses, 12% income and 3% transfers; Lidl shows up in several kinds. */
	static final List<Kind> KINDS = List.of(
			Kind.expense("groceries", "Weekly shop", 2500, 14000, 140, "Lidl", "Aldi", "Tesco", "Carrefour", "Rewe"),
			Kind.expense("groceries", "Top-up shop", 300, 2500, 90, "Lidl", "Spar", "Co-op", "Aldi"),
			Kind.expense("food", "Lunch", 600, 1800, 80, "Pret", "Subway", "Corner café", "Wagamama"),
			Kind.expense("food", "Dinner out", 2500, 9000, 40, "Pizza Express", "Nando's", "Trattoria Roma"),
			Kind.expense("food", "Coffee", 250, 600, 90, "Starbucks", "Costa", "Corner café"),
			Kind.expense("transportation", "Fuel", 3000, 9000, 45, "Shell", "BP", "Esso", "TotalEnergies"),
			Kind.expense("transportation", "Train ticket", 800, 12000, 30, "Trainline", "DB Bahn", "SNCF"),
			Kind.expense("transportation", "Taxi", 700, 3500, 30, "Uber", "Bolt", "FreeNow"),
			Kind.expense("housing", "Rent", 85000, 125000, 12, "Landlord"),
			Kind.expense("housing", "Repairs", 2000, 30000, 8, "Plumber", "Hardware store"),
			Kind.expense("utilities", "Electricity bill", 4000, 15000, 15, "EDF", "E.ON", "Octopus Energy"),
			Kind.expense("utilities", "Water bill", 2000, 6000, 8, "Thames Water", "Veolia"),
			Kind.expense("bills", "Phone bill", 1500, 4500, 15, "Vodafone", "O2", "Orange"),
			Kind.expense("bills", "Internet", 2500, 5000, 12, "BT", "Virgin Media"),
			Kind.expense("bills", "Insurance", 3000, 12000, 8, "Allianz", "AXA"),
			Kind.expense("entertainment", "Cinema", 900, 3000, 25, "Odeon", "Cineworld", "Pathé"),
			Kind.expense("entertainment", "Streaming", 599, 1799, 30, "Netflix", "Spotify", "Disney+"),
			Kind.expense("entertainment", "Concert tickets", 3000, 15000, 8, "Ticketmaster", "Eventim"),
			Kind.expense("shopping", "Clothes", 1500, 12000, 40, "Zara", "H&M", "Uniqlo", "Primark"),
			Kind.expense("shopping", "Online order", 800, 20000, 60, "Amazon", "Zalando", "eBay"),
			Kind.expense("shopping", "Household items", 500, 8000, 25, "IKEA", "Lidl", "Action"),
			Kind.expense("healthcare", "Pharmacy", 400, 4000, 20, "Boots", "DocMorris"),
			Kind.expense("healthcare", "Dentist", 5000, 25000, 5, "Smile Dental"),
			Kind.expense("other-expense", "Gift", 1000, 8000, 12, "Amazon", "Etsy"),
			Kind.expense("other-expense", "Haircut", 1500, 5000, 12, "Barber Joe", "Toni&Guy"),
			Kind.income("salary", "Salary", Role.CURRENT, 280000, 320000, 40, "Acme GmbH"),
			Kind.income("freelance", "Freelance invoice", Role.CURRENT, 30000, 250000, 25, "Nordwind Ltd",
					"Bluefin SA"),
			Kind.income("investments", "Interest", Role.SAVINGS, 100, 5000, 20, "Savings bank"),
			Kind.income("investments", "Dividend", Role.SAVINGS, 500, 20000, 15, "Broker"),
			Kind.income("other-income", "Refund", Role.CURRENT, 500, 8000, 25, "Amazon", "Lidl", "Zalando"),
			Kind.income("other-income", "Sold second-hand", Role.CURRENT, 1000, 15000, 10, "eBay", "Vinted"),
			Kind.transfer("Monthly savings", Role.CURRENT, Role.SAVINGS, 10000, 100000, 12),
			Kind.transfer("Credit card repayment", Role.CURRENT, Role.CREDIT_CARD, 20000, 200000, 10),
			Kind.transfer("Cash withdrawal", Role.CURRENT, Role.CASH, 2000, 20000, 10, "ATM"),
			Kind.transfer("From savings", Role.SAVINGS, Role.CURRENT, 20000, 100000, 3));

	/** Which account pays for an expense: the current account more often than not. */
	static final List<Role> EXPENSE_ACCOUNTS = List.of(Role.CURRENT, Role.CURRENT, Role.CURRENT, Role.CURRENT,
			Role.CURRENT, Role.CURRENT, Role.CREDIT_CARD, Role.CREDIT_CARD, Role.CREDIT_CARD, Role.CASH);

	static final List<String> NOTES = List.of("Split with Alex", "Receipt in the drawer", "Reimbursable",
			"Birthday", "Bought at Lidl on the way home", "Ask for a refund");

	record Row(UUID id, String type, Role account, Role toAccount, long cents, LocalDate date, String description,
			String category, String merchant, String notes, Instant createdAt) {

		boolean touches(Role role) {
			return account == role || toAccount == role;
		}

		/** Like TransactionSearch: description, merchant or notes contain it, ignoring case. */
		boolean matches(String text) {
			return contains(description, text) || contains(merchant, text) || contains(notes, text);
		}

		private static boolean contains(String field, String text) {
			return field != null && field.toLowerCase(Locale.ROOT).contains(text);
		}

	}

	/** The generated transactions, oldest first, as a ledger that grew over the years would be stored. */
	record Ledger(List<Row> rows) {

		static Ledger generate(SplittableRandom random, LocalDate today, int count) {
			LocalDate first = today.minusYears(YEARS);
			int days = (int) ChronoUnit.DAYS.between(first, today) + 1;
			int totalWeight = KINDS.stream().mapToInt(Kind::weight).sum();
			List<Row> rows = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				Kind kind = pick(KINDS, random.nextInt(totalWeight));
				rows.add(row(random, kind, first.plusDays(random.nextInt(days))));
			}
			rows.sort(Comparator.comparing(Row::createdAt).thenComparing(Row::id));
			return new Ledger(rows);
		}

		private static Kind pick(List<Kind> kinds, int ticket) {
			int left = ticket;
			for (Kind kind : kinds) {
				if (left < kind.weight()) {
					return kind;
				}
				left -= kind.weight();
			}
			throw new IllegalStateException("ticket beyond the total weight: " + ticket);
		}

		private static Row row(SplittableRandom random, Kind kind, LocalDate date) {
			Role account = kind.from() != null ? kind.from()
					: EXPENSE_ACCOUNTS.get(random.nextInt(EXPENSE_ACCOUNTS.size()));
			String merchant = kind.merchants().isEmpty() ? null
					: kind.merchants().get(random.nextInt(kind.merchants().size()));
			String notes = random.nextInt(100) < 5 ? NOTES.get(random.nextInt(NOTES.size())) : null;
			long cents = kind.minCents() + random.nextInt(kind.maxCents() - kind.minCents() + 1);
			Instant createdAt = date.atTime(7 + random.nextInt(15), random.nextInt(60), random.nextInt(60))
				.toInstant(ZoneOffset.UTC);
			return new Row(uuid(random), kind.type(), account, kind.to(), cents, date, kind.description(),
					kind.category(), merchant, notes, createdAt);
		}

		/** A version 4 UUID from the seeded generator, so every run makes the same ids. */
		private static UUID uuid(SplittableRandom random) {
			long high = (random.nextLong() & ~0xF000L) | 0x4000L;
			long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(high, low);
		}

		int touching(Role role) {
			return (int) rows.stream().filter(row -> row.touches(role)).count();
		}

		int matching(Role role, String text) {
			return (int) rows.stream().filter(row -> row.touches(role) && row.matches(text)).count();
		}

		Role busiest() {
			return Arrays.stream(Role.values()).max(Comparator.comparingInt(this::touching)).orElseThrow();
		}

	}

	/**
	 * Loads the ledger with psql: COPY from a temporary CSV file (deleted afterwards),
	 * then the balances the app would have posted, then VACUUM ANALYZE: the statistics
	 * for the planner, and the visibility map a settled table has. Without the VACUUM,
	 * autovacuum would do it on its own schedule, possibly in the middle of the timings.
	 */
	record Psql(String database) {

		void load(Ledger ledger, UUID userId, UUID[] accounts) throws IOException, InterruptedException {
			Path csv = Files.createTempFile("expensync-bench-", ".csv");
			try {
				writeCsv(csv, ledger, userId, accounts);
				run("\\copy transactions (id, user_id, account_id, to_account_id, type, amount, currency, booked_on, "
						+ "description, category_key, merchant, notes, created_at, updated_at, version, status, to_status) "
						+ "FROM '" + csv
						+ "' WITH (FORMAT csv)");
			}
			finally {
				Files.deleteIfExists(csv);
			}
			run(balancesOf(userId));
			run("VACUUM (ANALYZE)");
		}

		/**
		 * Every balance as opening balance plus the signed sum of its postings, and the
		 * count of rows each account books and receives: the invariants the app keeps with
		 * its relative updates.
		 */
		static String balancesOf(UUID userId) {
			return """
					UPDATE accounts a SET balance = a.opening_balance + COALESCE((
					    SELECT SUM(CASE WHEN t.type = 'INCOME' THEN t.amount ELSE -t.amount END)
					    FROM transactions t WHERE t.account_id = a.id), 0) + COALESCE((
					    SELECT SUM(COALESCE(t.to_amount, t.amount)) FROM transactions t WHERE t.to_account_id = a.id), 0),
					  booked_rows = (SELECT count(*) FROM transactions t WHERE t.account_id = a.id),
					  received_rows = (SELECT count(*) FROM transactions t WHERE t.to_account_id = a.id)
					WHERE a.user_id = '%s'""".formatted(userId);
		}

		static void writeCsv(Path csv, Ledger ledger, UUID userId, UUID[] accounts) throws IOException {
			try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
				for (Row row : ledger.rows()) {
					out.write(String.join(",", row.id().toString(), userId.toString(),
							accounts[row.account().ordinal()].toString(),
							row.toAccount() == null ? "" : accounts[row.toAccount().ordinal()].toString(), row.type(),
							BigDecimal.valueOf(row.cents(), 2).toPlainString(), "EUR", row.date().toString(),
							quoted(row.description()), quoted(row.category()), quoted(row.merchant()),
							quoted(row.notes()), row.createdAt().toString(), row.createdAt().toString(), "0",
							// a ledger of years: all of it cleared, both sides of a transfer
							"CLEARED", row.toAccount() == null ? "" : "CLEARED"));
					out.write('\n');
				}
			}
		}

		/** In PostgreSQL's CSV an unquoted empty field is NULL, so only real text is quoted. */
		static String quoted(String text) {
			return text == null ? "" : '"' + text.replace("\"", "\"\"") + '"';
		}

		void run(String command) throws IOException, InterruptedException {
			Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c",
					command)
				.redirectErrorStream(true)
				.start();
			String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (psql.waitFor() != 0) {
				throw new IllegalStateException("psql failed on " + command.lines().findFirst().orElse("") + ":\n"
						+ output);
			}
		}

	}

	/** The JSON API as one user, with HTTP Basic on every call after sign-up. */
	record Api(URI base, String email, String password, HttpClient http) {

		Api(URI base, String email, String password) {
			this(base, email, password, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		}

		UUID signUp(String name) {
			// the home currency of the accounts made below: without it the user's currency
			// is the installation's default (USD), and every page would convert the whole
			// ledger, or leave it out for want of a rate
			String body = "{\"email\": \"%s\", \"password\": \"%s\", \"name\": \"%s\", \"currency\": \"EUR\"}"
				.formatted(email, password, name);
			return idOf(send(HttpRequest.newBuilder(base.resolve("/api/v1/users")), body));
		}

		UUID createAccount(String name, String type) {
			String body = "{\"name\": \"%s\", \"type\": \"%s\", \"currency\": \"EUR\", \"openingBalance\": \"1000.00\"}"
				.formatted(name, type);
			String credentials = Base64.getEncoder()
				.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
			return idOf(send(HttpRequest.newBuilder(base.resolve("/api/v1/accounts"))
				.header("Authorization", "Basic " + credentials), body));
		}

		private String send(HttpRequest.Builder request, String json) {
			HttpResponse<String> response = Browser.send(http, request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build());
			if (response.statusCode() != 201) {
				throw new IllegalStateException(
						response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}

		/** The first id in the answer, which for a created resource is its own. */
		private static UUID idOf(String json) {
			Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
			if (!id.find()) {
				throw new IllegalStateException("no id in " + json);
			}
			return UUID.fromString(id.group(1));
		}

	}

	/** The pages as a browser sees them: a session cookie from form sign-in, and its CSRF token. */
	record Browser(URI base, HttpClient http) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		Browser(URI base) {
			this(base, HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build());
		}

		void signIn(String email, String password) {
			HttpResponse<String> page = send(http, HttpRequest.newBuilder(base.resolve("/login")).build());
			Matcher token = CSRF.matcher(page.body());
			if (page.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("GET /login answered " + page.statusCode() + " without a _csrf field");
			}
			String form = "username=" + encoded(email) + "&password=" + encoded(password) + "&_csrf="
					+ encoded(token.group(1));
			HttpResponse<String> answer = send(http, HttpRequest.newBuilder(base.resolve("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
			String location = answer.headers().firstValue("Location").orElse("");
			if (answer.statusCode() != 302 || !location.endsWith("/dashboard")) {
				throw new IllegalStateException(
						"sign-in failed: " + answer.statusCode() + " to '" + location + "'");
			}
		}

		/** Fetches a page whole and answers how long it took, in nanoseconds. */
		long get(String path, List<String> expected) {
			HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
			long start = System.nanoTime();
			HttpResponse<String> response = send(http, request);
			long nanos = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			for (String text : expected) {
				if (!response.body().contains(text)) {
					throw new IllegalStateException("GET " + path + " lacks \"" + text + "\"");
				}
			}
			return nanos;
		}

		static HttpResponse<String> send(HttpClient http, HttpRequest request) {
			try {
				return http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String encoded(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
