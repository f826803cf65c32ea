package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.AfterCommitWorkDone;
import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.UserDataFixtures;
import io.expensync.apitokens.ApiTokenForm;
import io.expensync.apitokens.ApiTokenLifetime;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.reports.MonthlyReports;
import io.expensync.security.MappedRoute.Input;
import io.expensync.security.MappedRoute.Source;
import io.expensync.security.passkeys.PasskeyFixtures;
import io.expensync.users.CurrentUser;
import io.expensync.users.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends every route (read from Spring MVC's handler mappings, plus Spring Security's own
 * endpoints and the management endpoints) spelled oddly, over-long, malformed and with
 * the wrong types, over a real port and byte for byte, as an anonymous caller, a user and
 * an administrator, and checks that the app never fails (no 5xx), that the API explains
 * every refusal as problem details, and that no application table changed. Each value
 * replaces one input of an otherwise valid request, so it is that value that the app must
 * refuse. Deterministic: the few random choices come from a fixed seed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:fuzzed-requests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"spring.datasource.username=sa", "spring.datasource.password=", "expensync.test.own-database=false",
				// the fuzz reaches the handlers instead of the limits (429 is still a
				// fine
				// answer)
				"expensync.limits.sign-in-per-ip=1000000", "expensync.limits.writes-per-user=1000000",
				"expensync.limits.receipt-scans-per-user=1000000", "expensync.limits.reset-per-ip=1000000",
				"expensync.limits.sign-up-per-ip=1000000" })
@AutoConfigureMockMvc
@DirtiesContext
class FuzzedRequestsIntegrationTests {

	static final long SEED = 20261124L;

	static final String LONG = "x".repeat(10_000);

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	/**
	 * Spring Security's endpoints, which no handler mapping lists: method, path, and what
	 * they read (SecurityFilterEndpointsIntegrationTests checks this list against the
	 * filter chain).
	 */
	static final List<Extra> SECURITY_ENDPOINTS = List.of(
			new Extra("POST", "/login", Body.FORM, "username", "password"),
			new Extra("POST", "/login/webauthn", Body.JSON),
			new Extra("POST", "/webauthn/authenticate/options", Body.JSON),
			new Extra("POST", "/webauthn/register/options", Body.JSON),
			new Extra("POST", "/webauthn/register", Body.JSON),
			new Extra("DELETE", "/webauthn/register/{id}", Body.NONE), new Extra("POST", "/logout", Body.FORM));

	/** The management endpoints on the application's port. */
	static final List<Extra> ACTUATOR = List.of(new Extra("GET", "/actuator/health", Body.NONE),
			new Extra("GET", "/actuator/info", Body.NONE), new Extra("GET", "/actuator/prometheus", Body.NONE),
			new Extra("GET", "/actuator/metrics", Body.NONE),
			new Extra("GET", "/actuator/metrics/{name}", Body.QUERY, "tag"), new Extra("GET", "/livez", Body.NONE),
			new Extra("GET", "/readyz", Body.NONE));

	/**
	 * Sign-in endpoints that a signed-in caller would leave signed in as someone else, or
	 * not at all.
	 */
	static final Set<String> ANONYMOUS_ONLY = Set.of("POST /login", "POST /login/webauthn", "POST /logout");

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MonthlyReports reports;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	AfterCommitWorkDone afterCommit;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	RawHttp http;

	int sent;

	final Map<String, Long> timings = new HashMap<>();

	@Test
	void noInputMakesTheAppFailOrChangeData() {
		http = new RawHttp(port);
		List<Caller> callers = List.of(anonymous(), signedIn(users.signUp("Fuzz User")), signedIn(admin()));
		afterCommit.await();
		List<Fuzzed> routes = routes();
		List<String> problems = new ArrayList<>();
		long started = System.nanoTime();
		for (Caller caller : callers) {
			for (Fuzzed route : routes) {
				List<Request> requests = requests(route, caller);
				if (requests.isEmpty()) {
					continue;
				}
				DataSnapshot before = DataSnapshot.of(jdbc);
				long routeStarted = System.nanoTime();
				for (Request request : requests) {
					check(route, caller, request, problems);
				}
				timings.merge(route.key(), (System.nanoTime() - routeStarted) / 1_000_000, Long::sum);
				afterCommit.await();
				if (!DataSnapshot.of(jdbc).changesSince(before).isEmpty()) {
					problems.addAll(culprits(route, caller, requests));
				}
			}
		}
		System.out.printf("Fuzzed %d routes with %d requests in %d ms%n", routes.size(), sent,
				(System.nanoTime() - started) / 1_000_000);
		timings.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(10)
			.forEach(timing -> System.out.printf("  %6d ms %s%n", timing.getValue(), timing.getKey()));
		assertThat(problems).isEmpty();
		assertThat(sent).as("requests sent").isGreaterThan(3000);
	}

	/** Sends a route's requests again one by one, to name those that change data. */
	private List<String> culprits(Fuzzed route, Caller caller, List<Request> requests) {
		List<String> culprits = new ArrayList<>();
		for (Request request : requests) {
			DataSnapshot before = DataSnapshot.of(jdbc);
			check(route, caller, request, new ArrayList<>());
			afterCommit.await();
			for (String change : DataSnapshot.of(jdbc).changesSince(before)) {
				culprits.add("%s %s as %s (%s) changed %s".formatted(route.method(),
						RawHttp.abbreviated(request.target()), caller.name(), request.what(), change));
			}
		}
		return culprits.isEmpty() ? List.of(route.key() + " as " + caller.name() + " changed data") : culprits;
	}

	private void check(Fuzzed route, Caller caller, Request request, List<String> problems) {
		List<String> headers = new ArrayList<>(List.of(request.headers()));
		headers.addAll(caller.headers(route.api()));
		// a sign-up body gets an email of its own each time, so that only its fault
		// refuses it
		byte[] body = new String(request.body(), StandardCharsets.ISO_8859_1)
			.replace("fuzz-EMAIL@", "fuzz-" + UUID.randomUUID() + "@")
			.getBytes(StandardCharsets.ISO_8859_1);
		RawHttp.Response response = http.send(route.method(), request.target(), body, headers.toArray(String[]::new));
		sent++;
		String what = "%s %s as %s (%s)".formatted(route.method(), RawHttp.abbreviated(request.target()), caller.name(),
				request.what());
		if (response.status() >= 500) {
			problems.add("%s answered %d".formatted(what, response.status()));
		}
		// Tomcat refuses a request line it cannot read before the app sees it: no app
		// headers
		boolean fromTheApp = !response.header("X-Content-Type-Options").isEmpty();
		if (route.api() && fromTheApp && response.status() >= 400 && response.status() < 500
				&& !response.header("Content-Type").startsWith("application/problem+json")) {
			problems.add("%s answered %d as %s, not problem details".formatted(what, response.status(),
					response.header("Content-Type")));
		}
	}

	// ------------------------------------------------------------------ what is sent

	private List<Request> requests(Fuzzed route, Caller caller) {
		if (!caller.anonymous() && ANONYMOUS_ONLY.contains(route.key())) {
			return List.of();
		}
		Random random = new Random(SEED ^ (route.key() + caller.name()).hashCode());
		List<Request> requests = new ArrayList<>();
		String path = route.path(caller.samples());
		String base = route.body() == Body.JSON ? caller.base(route) : "";
		boolean readsSomething = route.body() != Body.NONE || !route.inputs().isEmpty();
		// a hostile value in each path variable
		Matcher variables = VARIABLE.matcher(route.pattern());
		while (variables.find()) {
			for (String value : some(PATH_VALUES, random)) {
				String target = route.pattern().replace(variables.group(), value);
				requests.add(bodied(route, route.path(caller.samples(), target), base, "path " + variables.group(1)));
			}
		}
		if (!route.method().equals("GET") && !readsSomething && !caller.anonymous()) {
			// nothing to fuzz but the path: the request as it is would just do its job
			return requests;
		}
		// the same path spelled with an escaped letter
		String encoded = encodedSpelling(route.pattern().replaceAll("\\{[^}]+}", "not-an-id"));
		if (route.method().equals("GET")) {
			requests.add(new Request(encodedSpelling(path), new byte[0], new String[0], "encoded spelling"));
			requests.add(new Request(path + "?x=%ZZ&y=%C0%AF&z=a%00b", new byte[0], new String[0], "junk query"));
			requests.add(new Request(path + "?" + LONG + "=" + LONG, new byte[0], new String[0], "long query"));
		}
		else if (route.pattern().contains("{")) {
			requests.add(bodied(route, encoded, base, "encoded spelling of a path with a bad id"));
		}
		if (route.method().equals("GET")) {
			requests.add(bodied(route, path, base, "as it is"));
		}
		switch (route.body()) {
			case JSON -> {
				requests.addAll(wholeBodies(path, base));
				requests.add(jsonRequest(encodedSpelling(path), "{\"broken", "encoded spelling, broken JSON"));
				for (Input input : route.inputs()) {
					if (input.source() == Source.BODY) {
						for (String value : jsonValues(input, random)) {
							requests.add(jsonRequest(path, withField(base, input.name(), value),
									"%s = %s".formatted(input.name(), RawHttp.abbreviated(value))));
						}
					}
				}
			}
			case FORM, QUERY -> requests.addAll(params(route, caller, path, random));
			case MULTIPART -> requests.addAll(multiparts(path));
			case NONE -> {
			}
		}
		return requests;
	}

	/** Form fields a route binds but never reads: any value is fine there. */
	static final Set<String> IGNORED = Set.of("POST /transactions/{id}/edit recurring",
			"POST /transactions/{id}/edit interval", "POST /transactions/{id}/edit every",
			"POST /transactions/{id}/edit until");

	/** How many of the hostile values for an input are sent, chosen under the seed. */
	static final int VALUES_PER_INPUT = 2;

	static List<String> some(List<String> values, Random random) {
		List<String> shuffled = new ArrayList<>(values);
		java.util.Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(VALUES_PER_INPUT, shuffled.size()));
	}

	static final List<String> PATH_VALUES = List.of("not-an-id", "%ZZ", "%C0%AF", "a%00b", "-1", "1e400", LONG,
			"%E2%82%AC", "..%2F..%2Fetc", "%252e");

	/**
	 * Bodies that are not JSON, not JSON of any shape, too large, or not what they claim
	 * to be.
	 */
	private static List<Request> wholeBodies(String path, String base) {
		byte[] large = ("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		byte[] badUtf8 = ("\u00c0\u00af" + base).getBytes(StandardCharsets.ISO_8859_1);
		byte[] nul = base.replaceFirst("\\{", "{\u0000").getBytes(StandardCharsets.UTF_8);
		String json = "Content-Type";
		return List.of(jsonRequest(path, "{\"broken", "broken JSON"), jsonRequest(path, "", "empty body"),
				jsonRequest(path, "null", "null"), jsonRequest(path, "[]", "an array"),
				jsonRequest(path, "\"text\"", "a string"), jsonRequest(path, "[".repeat(100_000), "deep"),
				new Request(path, bytes(base), new String[] { json, "text/plain" }, "as text/plain"),
				new Request(path, bytes(base), new String[] { json, "application/xml" }, "as XML"),
				new Request(path, bytes(base), new String[] { json, "application/json; charset=nope" }, "bad charset"),
				new Request(path, bytes(base), new String[] {}, "no content type"),
				new Request(path, large, new String[] { json, "application/json" }, "1.1 MB"),
				new Request(path, large, new String[] { json, "application/json", "Transfer-Encoding", "chunked" },
						"1.1 MB chunked"),
				new Request(path, badUtf8, new String[] { json, "application/json" }, "invalid UTF-8"),
				new Request(path, nul, new String[] { json, "application/json" }, "a raw null byte"));
	}

	/** Values of the wrong type, size or range for a JSON field. */
	private static List<String> jsonValues(Input input, Random random) {
		List<String> values = new ArrayList<>(List.of("{}", "[[[]]]", quoted(LONG)));
		Class<?> type = input.list() ? input.element() : input.type();
		if (input.list()) {
			values.addAll(List.of("\"not-a-list\"", "1e400", "[" + "null,".repeat(1000) + "null]",
					"[" + (quoted("x") + ",").repeat(1000) + quoted("x") + "]"));
		}
		if (type == UUID.class) {
			// not "", which Jackson reads as no value (null: "keep it" in a change)
			values.addAll(List.of("\"not-a-uuid\"", "12345", "\"%ZZ\""));
		}
		else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			values.addAll(List.of("\"abc\"", "1e400", "-1e400", "99999999999999999999999", "-1", "\"NaN\""));
		}
		else if (type == Boolean.class || type == boolean.class) {
			values.addAll(List.of("\"maybe\"", "1e400"));
		}
		else if (type.isEnum()) {
			values.addAll(List.of("\"NOPE\"", "\"\"", "1e400", "-1"));
		}
		else if (type == java.time.LocalDate.class || type.getSimpleName().equals("JsonNode")) {
			values.addAll(List.of("\"2026-02-30\"", "\"yesterday\"", "1e400", "\"+999999999-12-31\"",
					"\"-999999999-01-01\"", "\"10000-01-01\""));
		}
		else if (type == String.class) {
			// a null character, which PostgreSQL cannot store
			values.add("\"coffee\\u0000beans\"");
			if (input.field().toLowerCase().contains("amount") || input.field().equals("openingBalance")) {
				values.addAll(List.of("\"1e400\"", "\"-1e400\"", "\"1e-400\"", "\"NaN\"", "\"Infinity\"",
						"\"99999999999999999999999\"", "\"0x1F\"", "\"1,5\"", "\"１２\""));
			}
			else if (input.field().contains("interval") || input.field().contains("Due")
					|| input.field().equals("currency")) {
				values.addAll(List.of("\"NOPE\"", "\"1e400\"", "\"+999999999-12-31\"", "\"../../etc\""));
			}
		}
		// a few of the values for the items of a list too
		if (input.list() && type == UUID.class) {
			values.add("[\"not-a-uuid\"]");
			values.add("[" + quoted(UUID.randomUUID().toString()) + ", 12]");
		}
		if (input.list() && type == Integer.class) {
			values.addAll(List.of("[-1]", "[1e400]", "[\"abc\"]", "[99999999999999999999]"));
		}
		return some(values, random);
	}

	/**
	 * A hostile value in each query or form parameter, the others as a valid request has
	 * them.
	 */
	private List<Request> params(Fuzzed route, Caller caller, String path, Random random) {
		List<Request> requests = new ArrayList<>();
		Map<String, String> base = caller.params(route);
		for (Input input : route.inputs()) {
			if (input.source() != Source.PARAM && input.source() != Source.FORM
					|| IGNORED.contains(route.key() + " " + input.name())) {
				continue;
			}
			for (String value : some(paramValues(input), random)) {
				Map<String, String> params = new LinkedHashMap<>(base);
				params.put(input.name(), value);
				StringBuilder form = new StringBuilder();
				params.forEach((name, raw) -> form.append(form.isEmpty() ? "" : "&")
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(raw));
				String what = "%s = %s".formatted(input.name(), RawHttp.abbreviated(value));
				if (route.body() == Body.QUERY) {
					requests.add(new Request(path + "?" + form, new byte[0], new String[0], what));
				}
				else {
					requests.add(new Request(path, bytes(form.toString()),
							new String[] { "Content-Type", "application/x-www-form-urlencoded" }, what));
				}
			}
		}
		if (route.body() == Body.FORM) {
			requests.add(new Request(path, bytes("a=%ZZ&" + "b".repeat(100) + "=%C0%AF&c=a%00b&&=&%=%"),
					new String[] { "Content-Type", "application/x-www-form-urlencoded" }, "junk form"));
			requests.add(new Request(path, bytes("x=" + "y".repeat(1_100_000)),
					new String[] { "Content-Type", "application/x-www-form-urlencoded" }, "1.1 MB form"));
		}
		return requests;
	}

	/** Raw (already escaped) values for a query or form parameter of the input's type. */
	private static List<String> paramValues(Input input) {
		Class<?> type = input.list() ? input.element() : input.type();
		// a null character, which PostgreSQL cannot store
		List<String> values = new ArrayList<>(List.of(LONG, "%ZZ", "%C0%AF", "a%00b"));
		if (type == String.class) {
			if (input.field().toLowerCase().contains("amount") || input.field().equals("openingBalance")) {
				values.addAll(List.of("1e400", "-1e400", "NaN", "99999999999999999999999", "0x1F"));
			}
			else if (List.of("interval", "every", "nextDue", "until", "thresholds", "currency", "format", "month")
				.contains(input.field())) {
				values.addAll(List.of("NOPE", "1e400", "-1", "%2B999999999-12-31"));
			}
		}
		else {
			values.addAll(List.of("not-a-value", "1e400", "99999999999999999999999", "%2B999999999-12-31"));
			if (type == int.class || type == Integer.class) {
				values.add("-1");
			}
		}
		if (input.list()) {
			values.add("not-an-id&" + URLEncoder.encode(input.name(), StandardCharsets.UTF_8) + "=%ZZ");
		}
		return values;
	}

	private static List<Request> multiparts(String path) {
		List<Request> requests = new ArrayList<>();
		String boundary = "fuzz" + SEED;
		String type = "multipart/form-data; boundary=" + boundary;
		for (String[] file : new String[][] { { "file", "r.png", "image/png", "not an image" },
				{ "file", LONG + ".png", "image/png", "\u0089PNG\r\n\u001a\nbroken" },
				{ "file", "../../etc/passwd\u0000.pdf", "application/pdf", "%PDF" },
				{ "file", "r.pdf", "application/pdf", "" }, { "other", "r.pdf", "application/pdf", "%PDF-1.4" } }) {
			String body = "--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n%s\r\n--%s--\r\n"
				.formatted(boundary, file[0], file[1], file[2], file[3], boundary);
			requests.add(
					new Request(path, body.getBytes(StandardCharsets.ISO_8859_1), new String[] { "Content-Type", type },
							"file %s %s".formatted(file[0], RawHttp.abbreviated(file[1]))));
		}
		requests.add(new Request(path, bytes("--nope\r\n"), new String[] { "Content-Type", type }, "broken multipart"));
		requests
			.add(new Request(path, bytes("x"), new String[] { "Content-Type", "multipart/form-data" }, "no boundary"));
		requests.add(new Request(path, bytes("{}"), new String[] { "Content-Type", "application/json" }, "JSON"));
		return requests;
	}

	// ------------------------------------------------------------------ the routes

	private List<Fuzzed> routes() {
		List<Fuzzed> routes = new ArrayList<>();
		for (MappedRoute route : MappedRoute.all(mappings)) {
			List<Input> inputs = route.inputs();
			Body body = route.bodyType() != null ? Body.JSON : route.readsFile() ? Body.MULTIPART
					: inputs.stream()
						.noneMatch(input -> input.source() == Source.PARAM || input.source() == Source.FORM) ? Body.NONE
								: route.method().name().equals("GET") || route.api() ? Body.QUERY : Body.FORM;
			routes.add(new Fuzzed(route.method().name(), route.pattern(), body, inputs));
		}
		assertThat(routes).as("the mappings were read").hasSizeGreaterThan(80);
		for (Extra extra : SECURITY_ENDPOINTS) {
			routes.add(extra.fuzzed());
		}
		for (Extra extra : ACTUATOR) {
			routes.add(extra.fuzzed());
		}
		return routes;
	}

	enum Body {

		NONE, JSON, FORM, QUERY, MULTIPART

	}

	/** A route not in the handler mappings, with the parameters it reads. */
	record Extra(String method, String pattern, Body body, String... params) {

		Fuzzed fuzzed() {
			List<Input> inputs = new ArrayList<>();
			for (String param : params) {
				inputs.add(new Input(Source.PARAM, param, String.class, String.class));
			}
			return new Fuzzed(method, pattern, body, inputs);
		}

	}

	record Fuzzed(String method, String pattern, Body body, List<Input> inputs) {

		String key() {
			return method + " " + pattern;
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

		String path(Map<String, String> samples) {
			return path(samples, pattern);
		}

		/**
		 * The path with each variable still in braces replaced by the caller's sample.
		 */
		String path(Map<String, String> samples, String path) {
			Matcher matcher = VARIABLE.matcher(path);
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(filled, Matcher.quoteReplacement(sample(samples, matcher.group(1))));
			}
			return matcher.appendTail(filled).toString();
		}

		private String sample(Map<String, String> samples, String variable) {
			for (Map.Entry<String, String> sample : samples.entrySet()) {
				if (pattern.contains(sample.getKey()) && sample.getKey().contains("{" + variable + "}")) {
					return sample.getValue();
				}
			}
			throw new AssertionError("No sample value for {%s} in %s: add one".formatted(variable, pattern));
		}

	}

	record Request(String target, byte[] body, String[] headers, String what) {
	}

	private static Request jsonRequest(String target, String body, String what) {
		return new Request(target, bytes(body), new String[] { "Content-Type", "application/json" }, what);
	}

	/** The route's valid body, if it reads JSON; no body otherwise. */
	private static Request bodied(Fuzzed route, String target, String base, String what) {
		return route.body() == Body.JSON ? jsonRequest(target, base, what)
				: new Request(target, new byte[0], new String[0], what);
	}

	// ------------------------------------------------------------------ who sends it

	record Caller(String name, String cookie, String csrf, String basic, Map<String, String> samples,
			Map<String, String> bodies, Map<String, Map<String, String>> params) {

		boolean anonymous() {
			return basic.isEmpty();
		}

		List<String> headers(boolean api) {
			List<String> headers = new ArrayList<>(List.of("User-Agent", "fuzz/1.0", "Accept", "*/*"));
			if (api) {
				if (!basic.isEmpty()) {
					headers.addAll(List.of("Authorization", "Basic " + basic));
				}
			}
			else {
				headers.addAll(List.of("Cookie", cookie, "X-CSRF-TOKEN", csrf));
			}
			return headers;
		}

		String base(Fuzzed route) {
			String body = bodies.get(route.key());
			if (body == null && route.inputs().stream().anyMatch(input -> input.source() == Source.BODY)) {
				throw new AssertionError(("No valid body for %s: add one to bodies, so that each fuzzed field is "
						+ "the only thing wrong")
					.formatted(route.key()));
			}
			return body == null ? "{}" : body;
		}

		Map<String, String> params(Fuzzed route) {
			return params.getOrDefault(route.key(), Map.of());
		}

	}

	private Caller anonymous() {
		Session session = session();
		Map<String, String> samples = new HashMap<>();
		for (String variable : List.of("/accounts/{id}", "/transactions/{id}", "/recurring/{id}", "/receipts/{id}",
				"/tokens/{id}", "/mailbox/{id}", "/imports/{id}", "/rules/{id}")) {
			samples.put(variable, UUID.randomUUID().toString());
		}
		samples.putAll(Map.of("/categories/{key}", "food", "/budgets/{scope}", "ALL", "/reports/{month}", "2026-10",
				"/sessions/{handle}", "0123456789abcdef01234567", "/profile/passkeys/{id}", "not-a-passkey",
				"/review/passkeys/{id}", "not-a-passkey", "/webauthn/register/{id}", "not-a-passkey",
				"/actuator/metrics/{name}", "jvm.threads.live", "/rows/{position}", "0"));
		samples.put("/tags/{tag}", "holiday");
		return new Caller("anonymous", session.cookie(), session.csrf(), "", samples, bodies(null, samples),
				params(null, samples));
	}

	private Caller signedIn(CurrentUser user) {
		UserDataFixtures.Seeded seeded = new UserDataFixtures(mvc, clock, reports).seed(user);
		String email = jdbc.queryForObject(
				"select cast(id as varchar(36)) from email_outbox where user_id = ? fetch first 1 rows only",
				String.class, user.id());
		String token = tokens.create(user, new ApiTokenForm("Fuzz", ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD))
			.token()
			.id()
			.toString();
		String passkey = new PasskeyFixtures(userEntities, credentials).add(user, "Fuzz key", Instant.now());
		Map<String, String> samples = new HashMap<>(Map.ofEntries(Map.entry("/accounts/{id}", seeded.giro()),
				Map.entry("/transactions/{id}", seeded.expense()), Map.entry("/recurring/{id}", seeded.schedule()),
				Map.entry("/categories/{key}", seeded.category()), Map.entry("/budgets/{scope}", seeded.category()),
				Map.entry("/mailbox/{id}", email),
				Map.entry("/reports/{month}", YearMonth.now(clock).minusMonths(1).toString()),
				Map.entry("/receipts/{id}", seeded.receipt()),
				Map.entry("/sessions/{handle}", "0123456789abcdef01234567"), Map.entry("/tokens/{id}", token),
				Map.entry("/profile/passkeys/{id}", passkey), Map.entry("/review/passkeys/{id}", passkey),
				Map.entry("/webauthn/register/{id}", passkey),
				Map.entry("/actuator/metrics/{name}", "jvm.threads.live"),
				Map.entry("/imports/{id}", new Api(mvc).importPreview(user, seeded.giro())),
				Map.entry("/rows/{position}", "0")));
		samples.put("/tags/{tag}", "pets");
		samples.put("/rules/{id}", Api.read(new Api(mvc).post(user, "/api/v1/rules", """
				{"name": "Fuzz rule", "conditions": [{"field": "MERCHANT", "operator": "EQUALS", "text": "fuzz rule"}],
				 "setCategory": "food"}"""), "$.id"));
		Session session = signIn(user);
		String basic = java.util.Base64.getEncoder()
			.encodeToString((user.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		samples.put("giro", seeded.giro());
		samples.put("savings", seeded.savings());
		return new Caller(user.role() == Role.ADMIN ? "admin" : "user", session.cookie(), session.csrf(), basic,
				samples, bodies(user, samples), params(user, samples));
	}

	/**
	 * Valid bodies for the routes that read JSON: each fuzzed field is then the one
	 * fault.
	 */
	private static Map<String, String> bodies(CurrentUser user, Map<String, String> samples) {
		String giro = samples.getOrDefault("giro", UUID.randomUUID().toString());
		String password = TestUsers.PASSWORD;
		return Map.ofEntries(Map.entry("POST /api/v1/users", """
				{"email": "fuzz-EMAIL@example.org", "password": "a fine long password 42", "name": "Fuzz",
				 "currency": "EUR", "timezone": "Europe/Berlin", "locale": "en-IE"}"""),
				Map.entry("PATCH /api/v1/me", "{\"name\": \"Fuzzed\", \"currency\": \"USD\"}"),
				Map.entry("DELETE /api/v1/me", "{\"password\": \"%s\"}".formatted(password)),
				Map.entry("POST /api/v1/transactions",
						"""
								{"type": "TRANSFER", "amount": "1.00", "date": "2026-11-01", "category": "food",
								 "accountId": "%s", "toAccountId": "%s", "description": "fuzzed", "merchant": "Fuzz",
								 "notes": "fuzzed", "currency": "EUR"}""".formatted(giro,
								samples.getOrDefault("savings", giro))),
				Map.entry("PATCH /api/v1/transactions/{id}", "{\"description\": \"fuzzed\", \"amount\": \"2.00\"}"),
				Map.entry("POST /api/v1/transactions/bulk-delete",
						"{\"ids\": [\"%s\"]}".formatted(samples.get("/transactions/{id}"))),
				Map.entry("PUT /api/v1/budgets/accounts", "{\"accountIds\": [\"%s\"]}".formatted(giro)),
				Map.entry("PUT /api/v1/budgets/{scope}", "{\"amount\": \"75.00\", \"thresholds\": [50, 90]}"),
				Map.entry("PUT /api/v1/admin/registration", "{\"open\": false}"),
				Map.entry("POST /api/v1/categories", """
						{"name": "Fuzzed", "type": "EXPENSE", "colour": "#123456", "icon": "heart",
						 "archived": false}"""),
				Map.entry("PATCH /api/v1/categories/{key}",
						"{\"name\": \"Fuzzed\", \"colour\": \"#654321\", \"icon\": \"star\", \"archived\": true}"),
				Map.entry("POST /api/v1/accounts", """
						{"name": "Fuzzed", "type": "CURRENT", "currency": "EUR", "openingBalance": "1.00",
						 "makeDefault": true}"""),
				Map.entry("PATCH /api/v1/accounts/{id}", "{\"name\": \"Fuzzed\", \"type\": \"SAVINGS\"}"),
				Map.entry("PATCH /api/v1/recurring/{id}", """
						{"amount": "3.00", "description": "fuzzed", "category": "food", "merchant": "Fuzz",
						 "interval": "WEEKLY", "every": 2, "nextDue": "2027-01-01", "until": "2027-12-31"}"""),
				Map.entry("PUT /api/v1/reports/email", "{\"enabled\": false}"),
				Map.entry("POST /api/v1/accounts/{id}/reconciliations",
						"{\"statementDate\": \"2026-11-30\", \"closingBalance\": \"1.00\", \"ids\": [], \"adjust\": false}"),
				Map.entry("PUT /api/v1/tags/{tag}", "{\"name\": \"fuzzed\"}"),
				Map.entry("PUT /api/v1/rates",
						"{\"from\": \"USD\", \"to\": \"EUR\", \"date\": \"2026-11-27\", \"rate\": \"0.95\"}"),
				Map.entry("POST /profile/passkeys/confirm", "{\"password\": \"%s\"}".formatted(password)),
				Map.entry("PUT /api/v1/imports/{id}/rows/{position}", "{\"included\": false}"),
				Map.entry("POST /api/v1/rules",
						"""
								{"name": "Fuzzed", "conditions": [{"field": "MERCHANT", "operator": "CONTAINS", "text": "fuzz"}],
								 "minAmount": "1.00", "maxAmount": "9.00", "accountId": "%s", "type": "EXPENSE",
								 "setCategory": "food", "setMerchant": "Fuzz", "setDescription": "fuzzed"}"""
							.formatted(giro)),
				Map.entry("PATCH /api/v1/rules/{id}", """
						{"name": "Fuzzed", "minAmount": "2.00", "accountId": "%s", "type": "EXPENSE",
						 "setDescription": "fuzzed"}""".formatted(giro)),
				Map.entry("PUT /api/v1/rules/order",
						"{\"ids\": [\"%s\"]}".formatted(samples.getOrDefault("/rules/{id}", giro))),
				Map.entry("PUT /api/v1/imports/{id}/mapping", """
						{"delimiter": ",", "quote": "\\"", "preambleLines": 0, "header": true, "dateColumn": 0,
						 "datePattern": "yyyy-MM-dd", "amountColumn": 2, "debitFlags": [], "sign": "NEGATIVE_IS_OUT",
						 "decimalSeparator": ".", "descriptionColumns": [1]}"""));
	}

	/**
	 * Valid parameters for the forms that need several: each fuzzed one is then the one
	 * fault.
	 */
	private static Map<String, Map<String, String>> params(CurrentUser user, Map<String, String> samples) {
		String giro = samples.getOrDefault("giro", UUID.randomUUID().toString());
		Map<String, String> transaction = Map.of("type", "EXPENSE", "amount", "1.00", "accountId", giro, "category",
				"food", "date", "2026-11-01", "description", "fuzzed");
		Map<String, String> repeating = new HashMap<>(transaction);
		repeating.putAll(Map.of("recurring", "true", "interval", "MONTHLY", "every", "1"));
		Map<String, String> rule = Map.of("name", "Fuzzed", "conditions[0].field", "MERCHANT", "conditions[0].operator",
				"CONTAINS", "conditions[0].text", "fuzz", "minAmount", "1.00", "maxAmount", "9.00", "accountId", giro,
				"type", "EXPENSE", "setCategory", "food", "setDescription", "fuzzed");
		Map<String, String> mapping = Map.ofEntries(Map.entry("delimiter", ","), Map.entry("quote", "double"),
				Map.entry("preambleLines", "0"), Map.entry("header", "true"), Map.entry("dateColumn", "0"),
				Map.entry("datePattern", "yyyy-MM-dd"), Map.entry("amounts", "one"), Map.entry("amountColumn", "2"),
				Map.entry("sign", "NEGATIVE_IS_OUT"), Map.entry("decimalSeparator", "."),
				Map.entry("descriptionColumns", "1"));
		Map<String, String> rate = Map.of("from", "USD", "to", "EUR", "date", "2026-11-27");
		Map<String, String> typed = Map.of("from", "USD", "to", "EUR", "date", "2026-11-27", "rate", "0.95");
		return Map.ofEntries(Map.entry("GET /api/v1/rates", rate), Map.entry("DELETE /api/v1/rates", rate),
				Map.entry("POST /rates", typed), Map.entry("POST /rates/delete", rate), Map.entry("POST /rules", rule),
				Map.entry("POST /rules/{id}/edit", rule), Map.entry("POST /imports/{id}/mapping", mapping),
				Map.entry("POST /transactions", repeating), Map.entry("POST /transactions/{id}/edit", transaction),
				Map.entry("POST /budgets", Map.of("scope", "ALL", "amount", "10.00", "thresholds", "50")),
				Map.entry("POST /recurring/{id}/dates",
						Map.of("interval", "WEEKLY", "every", "2", "nextDue", "2027-01-01")),
				Map.entry("POST /recurring/{id}/edit", Map.of("amount", "3.00", "description", "fuzzed")),
				Map.entry("POST /categories",
						Map.of("name", "Fuzzed", "type", "EXPENSE", "colour", "#123456", "icon", "star")),
				Map.entry("POST /profile",
						Map.of("name", "Fuzzed", "currency", "USD", "timezone", "UTC", "locale", "en")),
				Map.entry("POST /login", Map.of("username", "nobody@example.org", "password", "wrong")));
	}

	record Session(String cookie, String csrf) {
	}

	/** A session of its own, not signed in, with its CSRF token. */
	private Session session() {
		RawHttp.Response login = http.send("GET", "/login", new byte[0], "User-Agent", "fuzz/1.0");
		return new Session(cookie(login, ""), csrf(login));
	}

	private Session signIn(CurrentUser user) {
		Session anonymous = session();
		String form = "username=%s&password=%s&_csrf=%s".formatted(
				URLEncoder.encode(user.email(), StandardCharsets.UTF_8),
				URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8),
				URLEncoder.encode(anonymous.csrf(), StandardCharsets.UTF_8));
		RawHttp.Response signedIn = http.send("POST", "/login", bytes(form), "User-Agent", "fuzz/1.0", "Cookie",
				anonymous.cookie(), "Content-Type", "application/x-www-form-urlencoded");
		assertThat(signedIn.header("Location")).as("signed in").endsWith("/dashboard");
		String cookie = cookie(signedIn, anonymous.cookie());
		RawHttp.Response dashboard = http.send("GET", "/dashboard", new byte[0], "User-Agent", "fuzz/1.0", "Cookie",
				cookie);
		assertThat(dashboard.status()).isEqualTo(200);
		return new Session(cookie, csrf(dashboard));
	}

	/**
	 * The cookies a browser would send next: the session's, or before there is one, the
	 * one holding the CSRF token (a cookie set empty is a removal).
	 */
	private static String cookie(RawHttp.Response response, String otherwise) {
		List<String> found = new ArrayList<>();
		for (String cookie : response.header("Set-Cookie").split("\n")) {
			if (cookie.startsWith("JSESSIONID=") || cookie.startsWith("SESSION=")
					|| cookie.startsWith("expensync-csrf=")) {
				String pair = cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie;
				if (!pair.endsWith("=")) {
					found.add(pair);
				}
			}
		}
		return found.isEmpty() ? otherwise : String.join("; ", found);
	}

	private static String csrf(RawHttp.Response page) {
		Matcher token = CSRF.matcher(page.text());
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private CurrentUser admin() {
		CurrentUser signedUp = users.signUp("Fuzz Admin");
		jdbc.update("update users set role = 'ADMIN' where id = ?", signedUp.id());
		return new CurrentUser(signedUp.id(), signedUp.email(), signedUp.name(), signedUp.profile(), Role.ADMIN);
	}

	// ------------------------------------------------------------------ spelling

	/**
	 * The path with the first letter of its first segment escaped: {@code /%61pi/v1/…}.
	 */
	static String encodedSpelling(String path) {
		for (int i = 1; i < path.length(); i++) {
			char letter = path.charAt(i);
			if (Character.isLetter(letter) && letter < 128) {
				return path.substring(0, i) + "%%%02X".formatted((int) letter) + path.substring(i + 1);
			}
		}
		return path;
	}

	/** The JSON with one field (dotted for nested objects) set to the raw JSON value. */
	private static String withField(String base, String dotted, String raw) {
		JsonNode tree = JSON.readTree(base);
		ObjectNode parent = (ObjectNode) tree;
		String[] parts = dotted.split("\\.");
		for (int i = 0; i < parts.length - 1; i++) {
			JsonNode child = parent.get(parts[i]);
			parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
		}
		String mark = "FUZZ-" + UUID.nameUUIDFromBytes(raw.getBytes(StandardCharsets.UTF_8));
		parent.put(parts[parts.length - 1], mark);
		return JSON.writeValueAsString(tree).replace("\"" + mark + "\"", raw);
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
