package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.expensync.ConcurrentClients.Outcome;
import io.expensync.recurring.RecurringOccurrencesJob;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two identical nodes on loopback ports against one database (the test run's: H2 in this
 * JVM, or PostgreSQL), as behind a load balancer: a browser signed in on one is signed in
 * on the other, and signed out on both by either; both run the recurring job at once and
 * each occurrence is booked once; with {@code expensync.limits.store=database} failed
 * sign-ins count across both; and 64 clients spread over both keep every balance equal to
 * its opening balance plus the signed sum of its rows. Nothing may live only in one
 * node's memory (DESIGN, Scale-out).
 */
class TwoNodesIntegrationTests {

	/** Both nodes' clocks stand still at the same moment, as if kept in step by NTP. */
	static final Instant NOW = Instant.parse("2026-11-10T10:00:00Z");

	/** Sign-in attempts from one address, lowered so that a test reaches it quickly. */
	static final int SIGN_INS_PER_ADDRESS = 8;

	/** Failed sign-ins before an account is locked, as shipped. */
	static final int FAILED_SIGN_INS = 5;

	static final int CLIENTS = 64;

	static final int USERS = 8;

	static final int OPERATIONS = 6;

	static final long SEED = 20261110L;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static JdbcTemplate jdbc;

	static TestUsers users;

	@BeforeAll
	static void startTwoNodes() {
		// one after the other: the first migrates the database (and cleans it once on
		// PostgreSQL), the second finds it migrated
		nodeA = start();
		nodeB = start();
		jdbc = nodeA.getBean(JdbcTemplate.class);
		users = nodeA.getBean(TestUsers.class);
		setClocks(NOW);
	}

	@AfterAll
	static void stopTwoNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	private static ConfigurableApplicationContext start() {
		// command-line arguments, so that they win over the test configuration files,
		// which the nodes read as every test context does
		return new SpringApplicationBuilder(ExpenSyncApplication.class, MovableClockConfiguration.class)
			.main(ExpenSyncApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton(TestConfigurationsStayOut.class.getName(), new TestConfigurationsStayOut()))
			.run("--server.port=0", "--server.address=127.0.0.1",
					// sessions in the database, as the app keeps them (the MockMvc tests
					// keep them in the container)
					"--spring.autoconfigure.exclude=", "--expensync.limits.store=database",
					"--expensync.limits.sign-in-per-ip=" + SIGN_INS_PER_ADDRESS,
					"--expensync.limits.writes-per-user=100000",
					// behind a proxy on this machine, which names the visitor's address
					"--server.forward-headers-strategy=native");
	}

	private static void setClocks(Instant instant) {
		nodeA.getBean(MutableClock.class).set(instant);
		nodeB.getBean(MutableClock.class).set(instant);
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Test
	void aBrowserSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
		int a = port(nodeA);
		int b = port(nodeB);
		assertThat(a).isNotEqualTo(b);
		String name = "Nodes " + UUID.randomUUID().toString().substring(0, 8);
		String email = "nodes+" + UUID.randomUUID() + "@example.org";

		Visitor firstBrowser = new Visitor(null);
		HttpResponse<String> signedUp = firstBrowser.postFrom(a, "/signup", "/signup", "email", email, "password",
				TestUsers.PASSWORD, "name", name, "currency", "EUR", "timezone", "Europe/Berlin", "locale", "en-IE");
		assertThat(signedUp.statusCode()).isEqualTo(302);
		assertThat(signedUp.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
		HttpResponse<String> onB = firstBrowser.get(b, "/dashboard");
		assertThat(onB.statusCode()).as("signed up on A, the dashboard on B").isEqualTo(200);
		assertThat(onB.body()).contains(name);

		Visitor secondBrowser = new Visitor(null);
		assertThat(secondBrowser.get(b, "/dashboard").statusCode()).as("not signed in yet").isEqualTo(302);
		HttpResponse<String> signedIn = secondBrowser.postFrom(a, "/login", "/login", "username", email, "password",
				TestUsers.PASSWORD);
		// the page it asked for on B, remembered in a cookie, is where A sends it
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
		assertThat(secondBrowser.get(b, "/dashboard").body()).as("signed in on A, the dashboard on B").contains(name);
		assertThat(sessionsOf(email)).isEqualTo(2);

		// signed out on B: A no longer knows the session either
		HttpResponse<String> signedOut = secondBrowser.postFrom(b, "/profile", "/logout");
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?signedOut"));
		HttpResponse<String> afterwards = secondBrowser.get(a, "/dashboard");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(firstBrowser.get(a, "/dashboard").statusCode()).as("the other browser stays signed in")
			.isEqualTo(200);
		assertThat(sessionsOf(email)).isOne();
	}

	@Test
	void bothNodesRunTheRecurringJobAndEachOccurrenceIsBookedOnce() throws Exception {
		CurrentUser ann = users.signUp("Ann");
		Api api = new Api(ann);
		String giro = api.account(port(nodeA), "Giro", "0");
		// created in May, starting in January: January to April are booked at once
		setClocks(Instant.parse("2026-05-10T10:00:00Z"));
		try {
			HttpResponse<String> created = api.send(port(nodeA), "POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "950.00", "date": "2026-01-31", "description": "Rent",
					 "category": "housing", "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}
					""".formatted(giro));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String rule = JsonPath.read(created.body(), "$.recurringId");
			assertThat(occurrences(rule)).isEqualTo(4);

			// half a year later May to October are due: both nodes book at once, three
			// times
			setClocks(NOW);
			RecurringOccurrencesJob onA = nodeA.getBean(RecurringOccurrencesJob.class);
			RecurringOccurrencesJob onB = nodeB.getBean(RecurringOccurrencesJob.class);
			ExecutorService twoNodes = Executors.newFixedThreadPool(2);
			try {
				for (int round = 0; round < 3; round++) {
					CountDownLatch together = new CountDownLatch(2);
					List<Callable<Void>> runs = new ArrayList<>();
					for (RecurringOccurrencesJob job : List.of(onA, onB)) {
						runs.add(() -> {
							together.countDown();
							together.await();
							job.scheduled();
							return null;
						});
					}
					for (Future<Void> run : twoNodes.invokeAll(runs)) {
						run.get();
					}
				}
			}
			finally {
				twoNodes.shutdown();
			}

			assertThat(jdbc.queryForList(
					"select cast(occurrence_date as varchar(10)) from recurring_occurrences where rule_id = ? order by occurrence_date",
					String.class, UUID.fromString(rule)))
				.containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
						"2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31");
			assertThat(jdbc.queryForList(
					"select cast(booked_on as varchar(10)) from transactions where recurring_rule_id = ? order by booked_on",
					String.class, UUID.fromString(rule)))
				.as("one transaction per occurrence")
				.containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
						"2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31");
			assertThat(jdbc.queryForObject("""
					select count(*) from recurring_occurrences o join transactions t on t.id = o.transaction_id
					where o.rule_id = ?""", Integer.class, UUID.fromString(rule)))
				.as("each occurrence names its own transaction")
				.isEqualTo(10);
			assertThat(balance(giro)).isEqualByComparingTo("-9500.00");
			BalanceFromRows.assertMatches(jdbc, giro, SEED);
		}
		finally {
			setClocks(NOW);
		}
	}

	@Test
	void failedSignInsCountOnBothNodes() throws Exception {
		int a = port(nodeA);
		int b = port(nodeB);
		CurrentUser bob = users.signUp("Bob");

		// five wrong passwords, taking turns between the nodes: the account is locked on
		// both, as on one node; each node alone has seen fewer than five
		Visitor guesser = new Visitor("203.0.113.10");
		for (int i = 0; i < FAILED_SIGN_INS; i++) {
			int node = (i % 2 == 0) ? a : b;
			HttpResponse<String> failed = guesser.postFrom(node, "/login", "/login", "username", bob.email(),
					"password", "wrong password " + i);
			assertThat(failed.headers().firstValue("Location")).as("try %d", i + 1)
				.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		}
		Visitor owner = new Visitor("203.0.113.11");
		for (int node : List.of(a, b)) {
			HttpResponse<String> locked = owner.postFrom(node, "/login", "/login", "username", bob.email(), "password",
					TestUsers.PASSWORD);
			assertThat(locked.statusCode()).as("the right password, on either node, while locked").isEqualTo(429);
			assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		}
		Api bobsScript = new Api(bob);
		assertThat(bobsScript.send(b, "GET", "/api/v1/me", null).statusCode()).as("the API too").isEqualTo(429);

		// one address: so many sign-ins in all, whichever node they reach
		Visitor flood = new Visitor("203.0.113.20");
		for (int i = 0; i < SIGN_INS_PER_ADDRESS; i++) {
			int node = (i % 2 == 0) ? a : b;
			HttpResponse<String> tried = flood.postFrom(node, "/login", "/login", "username",
					"someone" + i + "+" + UUID.randomUUID() + "@example.org", "password", "wrong password");
			assertThat(tried.statusCode()).as("try %d", i + 1).isEqualTo(302);
		}
		for (int node : List.of(a, b)) {
			assertThat(flood
				.postFrom(node, "/login", "/login", "username", users.signUp("Cleo").email(), "password",
						TestUsers.PASSWORD)
				.statusCode()).as("held on both nodes").isEqualTo(429);
		}
		CurrentUser dora = users.signUp("Dora");
		HttpResponse<String> elsewhere = new Visitor("203.0.113.21").postFrom(b, "/login", "/login", "username",
				dora.email(), "password", TestUsers.PASSWORD);
		assertThat(elsewhere.headers().firstValue("Location")).as("another address is not held up")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/dashboard"));
	}

	@Test
	void sixtyFourClientsOverBothNodesKeepEveryBalance() throws Exception {
		int[] ports = { port(nodeA), port(nodeB) };
		List<Ledger> ledgers = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			Api api = new Api(users.signUp("Client " + i));
			ledgers.add(new Ledger(api, api.account(ports[i % 2], "Giro", "1000.00"),
					api.account(ports[(i + 1) % 2], "Savings", "50.00")));
		}

		List<ConcurrentClients.Client> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			Client client = new Client(ledgers.get(c % USERS), new SplittableRandom(SEED + c));
			int first = c;
			// each client's requests go to either node in turn, as a balancer without
			// sticky sessions sends them
			clients.add(op -> client.next(ports[(first + op) % 2]));
		}
		ConcurrentClients.run(clients, OPERATIONS, Duration.ofMinutes(2)).assertAnsweredWell(CLIENTS, SEED);

		nodeA.getBean(AfterCommitWorkDone.class).await();
		nodeB.getBean(AfterCommitWorkDone.class).await();
		for (Ledger ledger : ledgers) {
			BalanceFromRows.assertMatches(jdbc, ledger.giro(), SEED);
			BalanceFromRows.assertMatches(jdbc, ledger.savings(), SEED);
		}
	}

	private static int sessionsOf(String email) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email);
	}

	private static int occurrences(String rule) {
		return jdbc.queryForObject("select count(*) from recurring_occurrences where rule_id = ?", Integer.class,
				UUID.fromString(rule));
	}

	private static BigDecimal balance(String account) {
		return jdbc.queryForObject("select balance from accounts where id = ?", BigDecimal.class,
				UUID.fromString(account));
	}

	private static URI url(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * The test configuration classes ({@code @TestConfiguration}) stay out of the nodes,
	 * as {@code @SpringBootTest} keeps them out of its contexts: a plain
	 * {@link SpringApplicationBuilder} would find them by scanning the test classes.
	 */
	static final class TestConfigurationsStayOut extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

	/**
	 * A browser: its own cookies, sent to whichever node it asks, as behind a balancer on
	 * one address. It follows no redirects, so the test sees where it is sent; with an
	 * address, the proxy in front names it in {@code X-Forwarded-For}.
	 */
	static final class Visitor {

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.build();

		private final String address;

		Visitor(String address) {
			this.address = address;
		}

		HttpResponse<String> get(int node, String path) throws Exception {
			return send(HttpRequest.newBuilder(url(node, path)).GET());
		}

		/**
		 * A form sent from {@code page} with the CSRF token found there; params are name,
		 * value, name, value…
		 */
		HttpResponse<String> postFrom(int node, String page, String path, String... params) throws Exception {
			Matcher token = CSRF.matcher(get(node, page).body());
			assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
			StringBuilder body = new StringBuilder("_csrf=").append(encode(token.group(1)));
			for (int i = 0; i < params.length; i += 2) {
				body.append('&').append(encode(params[i])).append('=').append(encode(params[i + 1]));
			}
			return send(HttpRequest.newBuilder(url(node, path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			if (address != null) {
				request.header("X-Forwarded-For", address);
			}
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** A script on the JSON API with HTTP Basic, as a client sends it. */
	record Api(CurrentUser user, HttpClient http) {

		Api(CurrentUser user) {
			this(user, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		}

		HttpResponse<String> send(int node, String method, String path, String json) throws Exception {
			String basic = Base64.getEncoder()
				.encodeToString((user.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
			HttpRequest.Builder request = HttpRequest.newBuilder(url(node, path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Basic " + basic)
				.header("Accept", "application/json");
			if (json == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json));
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Creates an account and answers its id. */
		String account(int node, String name, String openingBalance) throws Exception {
			HttpResponse<String> created = send(node, "POST", "/api/v1/accounts", """
					{"name": "%s", "type": "CURRENT", "currency": "EUR", "openingBalance": "%s"}
					""".formatted(name, openingBalance));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			return JsonPath.read(created.body(), "$.id");
		}

	}

	record Ledger(Api api, String giro, String savings, List<String> transactions) {

		Ledger(Api api, String giro, String savings) {
			this(api, giro, savings, new CopyOnWriteArrayList<>());
		}

		String account(SplittableRandom random) {
			return random.nextBoolean() ? giro : savings;
		}

		/** Any income or expense a client of this user made; transfers are left alone. */
		String anyTransaction(SplittableRandom random) {
			List<String> ids = List.copyOf(transactions);
			return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
		}

	}

	/**
	 * One client: a seeded mix of creates, edits, transfers and deletes on one user's
	 * ledger.
	 */
	record Client(Ledger ledger, SplittableRandom random) {

		Outcome next(int node) throws Exception {
			int kind = random.nextInt(6);
			String existing = ledger.anyTransaction(random);
			if (existing == null || kind <= 1) {
				String type = random.nextInt(4) == 0 ? "INCOME" : "EXPENSE";
				HttpResponse<String> created = ledger.api()
					.send(node, "POST", "/api/v1/transactions",
							"""
									{"type": "%s", "amount": "%s", "date": "2026-11-09", "description": "load", "category": "%s",
									 "accountId": "%s"}"""
								.formatted(type, amount(), type.equals("INCOME") ? "salary" : "food",
										ledger.account(random)));
				if (created.statusCode() == 201) {
					ledger.transactions().add(JsonPath.read(created.body(), "$.id"));
				}
				return outcome("create " + type, created);
			}
			return switch (kind) {
				case 2 -> outcome("transfer",
						ledger.api()
							.send(node, "POST", "/api/v1/transactions", """
									{"type": "TRANSFER", "amount": "%s", "date": "2026-11-09", "description": "move",
									 "accountId": "%s", "toAccountId": "%s"}""".formatted(amount(), ledger.giro(),
									ledger.savings())));
				case 3, 4 ->
					outcome("edit", ledger.api().send(node, "PATCH", "/api/v1/transactions/" + existing, edit()));
				default -> {
					ledger.transactions().remove(existing);
					yield outcome("delete",
							ledger.api().send(node, "DELETE", "/api/v1/transactions/" + existing, null));
				}
			};
		}

		private String edit() {
			return switch (random.nextInt(3)) {
				case 0 -> "{\"amount\": \"" + amount() + "\"}";
				case 1 -> random.nextBoolean() ? "{\"type\": \"INCOME\", \"category\": \"salary\"}"
						: "{\"type\": \"EXPENSE\", \"category\": \"food\"}";
				default -> "{\"accountId\": \"" + ledger.account(random) + "\"}";
			};
		}

		private String amount() {
			return (1 + random.nextInt(60)) + "." + (10 + random.nextInt(90));
		}

		private static Outcome outcome(String what, HttpResponse<String> response) {
			return new Outcome(what, response.statusCode(), response.body());
		}

	}

}
