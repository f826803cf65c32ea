package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.apitokens.ApiTokenForm;
import io.expensync.apitokens.ApiTokenLifetime;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.security.passkeys.PasskeyFixtures;
import io.expensync.users.CurrentUser;
import io.expensync.users.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application maps (read from Spring MVC's own handler mappings, so
 * a new endpoint is in here the day it is written) and checks: anonymous callers are sent
 * to sign in (pages) or get 401 (API) unless the route is on the short public list;
 * another user gets 404 for the owner's ids, whatever the method (or the same 400 the
 * owner gets, for a body refused before any lookup), and changes nothing; the owner can
 * read every page and resource. A route whose path variable has no sample here fails the
 * test until one is added.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryRouteIsProtectedIntegrationTests {

	/** Reachable without signing in. */
	static final Set<String> PUBLIC = Set.of("GET /", "GET /login", "GET /signup", "POST /signup", "GET /signup/finish",
			"POST /signup/finish", "GET /password/forgot", "POST /password/forgot", "GET /password/reset",
			"POST /password/reset", "GET /verify", "GET /too-many", "POST /api/v1/users", "GET /error", "POST /error",
			"PUT /error", "PATCH /error", "DELETE /error");

	/** Pages that show an error or a refusal, with that status. */
	static final Set<String> STATUS_PAGES = Set.of("/error", "/too-many");

	/** Only administrators reach these; everyone else gets 404, as for another's ids. */
	static final List<String> ADMIN_ONLY = List.of("/mailbox", "/admin/", "/api/v1/admin/");

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Api api;

	CurrentUser owner;

	CurrentUser other;

	Map<String, String> samples;

	/** The owner's ids, and the other user's own account and transaction. */
	Map<String, String> ids;

	@BeforeEach
	void ownerWithOneOfEverything() {
		api = new Api(mvc);
		CurrentUser signedUp = users.signUp("Olive Owner");
		jdbc.update("update users set role = 'ADMIN' where id = ?", signedUp.id());
		owner = new CurrentUser(signedUp.id(), signedUp.email(), signedUp.name(), signedUp.profile(), Role.ADMIN);
		other = users.signUp("Otto Other");
		String account = api.account(owner, "Olive's", "100.00");
		String transaction = api.transaction(owner, account, "EXPENSE", "10.00", "food");
		assertThat(api.patch(owner, "/api/v1/transactions/" + transaction, "{\"tags\": [\"olives\"]}")).hasStatusOk();
		MvcTestResult category = api.post(owner, "/api/v1/categories", """
				{"name": "Olive's pets", "type": "EXPENSE", "colour": "#123456", "icon": "heart"}
				""");
		String key = Api.read(category, "$.key");
		assertThat(mvc.put()
			.uri("/api/v1/budgets/" + key)
			.with(TestUsers.basic(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\": \"50.00\"}")).hasStatusOk();
		String schedule = Api.read(api.post(owner, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.99", "date": "2026-11-01", "category": "entertainment",
				 "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}
				""".formatted(account)), "$.recurringId");
		String email = jdbc.queryForObject(
				"select cast(id as varchar(36)) from email_outbox where user_id = ? " + "fetch first 1 rows only",
				String.class, owner.id());
		String receipt = Api.read(mvc.post()
			.uri("/api/v1/receipts")
			.multipart()
			.file(new MockMultipartFile("file", "r.pdf", "application/pdf", "%PDF-1.4 not read".getBytes()))
			.with(TestUsers.basic(owner))
			.exchange(), "$.id");
		String token = tokens
			.create(owner, new ApiTokenForm("Olive's script", ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD))
			.token()
			.id()
			.toString();
		String passkey = new PasskeyFixtures(userEntities, credentials).add(owner, "Olive's phone", Instant.now());
		String preview = api.importPreview(owner, account);
		String rule = Api.read(api.post(owner, "/api/v1/rules",
				"""
						{"name": "Olive's coffee", "conditions": [{"field": "MERCHANT", "operator": "CONTAINS", "text": "olive"}],
						 "accountId": "%s", "setCategory": "food"}"""
					.formatted(account)),
				"$.id");
		String othersAccount = api.account(other, "Otto's", "50.00");
		String othersRule = Api.read(api.post(other, "/api/v1/rules", """
				{"name": "Otto's rule", "type": "EXPENSE", "setCategory": "food"}"""), "$.id");
		ids = Map.of("{account}", account, "{transaction}", transaction, "{receipt}", receipt, "{own-account}",
				othersAccount, "{own-transaction}", api.transaction(other, othersAccount, "EXPENSE", "1.00", "food"),
				"{rule}", rule, "{own-rule}", othersRule);
		samples = Map.ofEntries(Map.entry("/accounts/{id}", account), Map.entry("/transactions/{id}", transaction),
				Map.entry("/recurring/{id}", schedule), Map.entry("/categories/{key}", key),
				Map.entry("/budgets/{scope}", key), Map.entry("/mailbox/{id}", email),
				Map.entry("/reports/{month}", "2026-10"), Map.entry("/receipts/{id}", receipt),
				Map.entry("/sessions/{handle}", "0123456789abcdef01234567"), Map.entry("/tokens/{id}", token),
				Map.entry("/profile/passkeys/{id}", passkey), Map.entry("/review/passkeys/{id}", passkey),
				Map.entry("/imports/{id}", preview), Map.entry("/rows/{position}", "0"), Map.entry("/rules/{id}", rule),
				Map.entry("/tags/{tag}", "olives"));
	}

	@Test
	void anonymousCallersAreSentToSignInOrGet401() {
		List<String> problems = new ArrayList<>();
		for (Route route : routes()) {
			if (PUBLIC.contains(route.key())) {
				continue;
			}
			int expected = route.api() ? 401 : 302;
			for (String path : List.of(route.path(this::sample), encoded(route.path(this::sample)))) {
				int status = call(route, path, null).getResponse().getStatus();
				if (status != expected) {
					problems.add("%s answered %d to an anonymous caller at %s, not %d".formatted(route.key(), status,
							path, expected));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void anotherUserGets404ForTheOwnersIdsAndChangesNothing() {
		String before = ownersData();
		List<String> problems = new ArrayList<>();
		for (Route route : routes()) {
			if (PUBLIC.contains(route.key()) || !route.hasOwnedVariable()) {
				continue;
			}
			for (String path : List.of(route.path(this::sample), encoded(route.path(this::sample)))) {
				int status = call(route, path, other).getResponse().getStatus();
				// a body refused before any lookup tells nothing about the id: the owner
				// is
				// refused alike
				boolean refusedAlike = status == 400 && call(route, path, owner).getResponse().getStatus() == 400;
				if (status != 404 && !refusedAlike) {
					problems.add("%s answered %d to another user at %s, not 404".formatted(route.key(), status, path));
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(ownersData()).as("the owner's data is as it was").isEqualTo(before);
	}

	@Test
	void theOwnerReadsEveryPageAndResource() {
		List<String> problems = new ArrayList<>();
		for (Route route : routes()) {
			if (route.method() != HttpMethod.GET || STATUS_PAGES.contains(route.pattern())) {
				continue;
			}
			String path = route.path(this::sample) + (route.pattern().equals("/reports/month") ? "?month=2026-10" : "")
					+ (route.pattern().equals("/api/v1/rates") ? "?from=EUR&to=EUR" : "")
					+ (route.pattern().equals("/password/reset") || route.pattern().equals("/verify") ? "?token=x"
							: "");
			int status = call(route, path, owner).getResponse().getStatus();
			if (status >= 400) {
				problems.add("%s answered %d to its owner".formatted(route.key(), status));
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * How another user sends the owner's id in each request field that names something
	 * owned: method, path, then the query or body ({@code {account}} is the owner's
	 * account, {@code {own-account}} the other user's). A field named {@code *Id} or
	 * {@code *Ids} that a handler reads and that has no case here fails the test.
	 */
	static final Map<String, List<String>> ID_FIELDS = Map.ofEntries(
			Map.entry("GET /api/v1/transactions accountId",
					List.of("GET", "/api/v1/transactions?accountId={account}", "")),
			Map.entry("POST /api/v1/transactions accountId", List.of("POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "1.00", "date": "2026-11-01", "category": "food",
					 "accountId": "{account}"}""")),
			Map.entry("POST /api/v1/transactions toAccountId", List.of("POST", "/api/v1/transactions", """
					{"type": "TRANSFER", "amount": "1.00", "date": "2026-11-01", "accountId": "{own-account}",
					 "toAccountId": "{account}"}""")),
			Map.entry("POST /api/v1/transactions receiptId", List.of("POST", "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "1.00", "date": "2026-11-01", "category": "food",
					 "accountId": "{own-account}", "receiptId": "{receipt}"}""")),
			Map.entry("PATCH /api/v1/transactions/{id} accountId",
					List.of("PATCH", "/api/v1/transactions/{own-transaction}", "{\"accountId\": \"{account}\"}")),
			Map.entry("PATCH /api/v1/transactions/{id} toAccountId",
					List.of("PATCH", "/api/v1/transactions/{own-transaction}",
							"{\"type\": \"TRANSFER\", \"toAccountId\": \"{account}\"}")),
			Map.entry("PATCH /api/v1/transactions/{id} receiptId",
					List.of("PATCH", "/api/v1/transactions/{own-transaction}", "{\"receiptId\": \"{receipt}\"}")),
			Map.entry("POST /api/v1/transactions/bulk-delete ids",
					List.of("POST", "/api/v1/transactions/bulk-delete", "{\"ids\": [\"{transaction}\"]}")),
			Map.entry("PUT /api/v1/budgets/accounts accountIds",
					List.of("PUT", "/api/v1/budgets/accounts", "{\"accountIds\": [\"{account}\"]}")),
			Map.entry("GET /transactions/new accountId", List.of("GET", "/transactions/new?accountId={account}", "")),
			Map.entry("POST /transactions accountId",
					List.of("POST", "/transactions",
							"type=EXPENSE&amount=1.00&date=2026-11-01&category=food&accountId={account}")),
			Map.entry("POST /transactions toAccountId",
					List.of("POST", "/transactions",
							"type=TRANSFER&amount=1.00&date=2026-11-01&accountId={own-account}&toAccountId={account}")),
			Map.entry("POST /transactions receiptId", List.of("POST", "/transactions",
					"type=EXPENSE&amount=1.00&date=2026-11-01&category=food&accountId={own-account}&receiptId={receipt}")),
			Map.entry("POST /transactions/{id}/edit accountId",
					List.of("POST", "/transactions/{own-transaction}/edit",
							"type=EXPENSE&amount=1.00&date=2026-11-01&category=food&accountId={account}")),
			Map.entry("POST /transactions/{id}/edit toAccountId",
					List.of("POST", "/transactions/{own-transaction}/edit",
							"type=TRANSFER&amount=1.00&date=2026-11-01&accountId={own-account}&toAccountId={account}")),
			Map.entry("POST /transactions/{id}/edit receiptId", List.of("POST", "/transactions/{own-transaction}/edit",
					"type=EXPENSE&amount=1.00&date=2026-11-01&category=food&accountId={own-account}&receiptId={receipt}")),
			Map.entry("POST /api/v1/accounts/{id}/reconciliations ids", List.of("POST",
					"/api/v1/accounts/{own-account}/reconciliations",
					"{\"statementDate\": \"2026-11-30\", \"closingBalance\": \"40.00\", \"ids\": [\"{transaction}\"]}")),
			Map.entry("POST /accounts/{id}/reconcile ids",
					List.of("POST", "/accounts/{own-account}/reconcile",
							"statementDate=2026-11-30&closingBalance=40.00&ids={transaction}")),
			Map.entry("POST /accounts/{id}/bulk-delete ids",
					List.of("POST", "/accounts/{own-account}/bulk-delete", "ids={transaction}")),
			Map.entry("POST /budgets/accounts accountIds",
					List.of("POST", "/budgets/accounts", "accountIds={account}")),
			Map.entry("GET /dashboard accountId", List.of("GET", "/dashboard?accountId={account}", "")),
			Map.entry("POST /api/v1/imports accountId",
					List.of("MULTIPART", "/api/v1/imports", "Date,Description,Amount\n2026-11-02,Bakery,-2.40\n")),
			Map.entry("POST /api/v1/rules accountId", List.of("POST", "/api/v1/rules", """
					{"name": "Otto's", "accountId": "{account}", "setCategory": "food"}""")),
			Map.entry("PATCH /api/v1/rules/{id} accountId",
					List.of("PATCH", "/api/v1/rules/{own-rule}", "{\"accountId\": \"{account}\"}")),
			Map.entry("PUT /api/v1/rules/order ids", List.of("PUT", "/api/v1/rules/order", "{\"ids\": [\"{rule}\"]}")),
			Map.entry("POST /rules accountId",
					List.of("POST", "/rules", "name=Otto&type=EXPENSE&setCategory=food&accountId={account}")),
			Map.entry("POST /rules/{id}/edit accountId",
					List.of("POST", "/rules/{own-rule}/edit",
							"name=Otto&type=EXPENSE&setCategory=food&accountId={account}")),
			Map.entry("GET /imports accountId", List.of("GET", "/imports?accountId={account}", "")),
			Map.entry("POST /imports accountId",
					List.of("MULTIPART", "/imports", "Date,Description,Amount\n2026-11-02,Bakery,-2.40\n")));

	static final Pattern ID_FIELD = Pattern.compile("ids|.*Ids?");

	@Test
	void anotherUsersIdsInBodiesAndQueriesAreRefusedAndChangeNothing() throws Exception {
		Set<String> fields = new TreeSet<>();
		for (MappedRoute route : MappedRoute.all(mappings)) {
			for (MappedRoute.Input input : route.inputs()) {
				if (input.source() != MappedRoute.Source.PATH && ID_FIELD.matcher(input.field()).matches()) {
					fields.add(route.key() + " " + input.name());
				}
			}
		}
		assertThat(fields).as("every id field a handler reads has a case in ID_FIELDS (add one)")
			.containsExactlyInAnyOrderElementsOf(ID_FIELDS.keySet());
		String owners = ownersData();
		String others = data(other);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, List<String>> field : ID_FIELDS.entrySet()) {
			MvcTestResult result = send(field.getValue());
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			boolean api = field.getValue().get(1).startsWith("/api/");
			boolean refused = api
					? (status == 400 || status == 404) && String.valueOf(result.getResponse().getContentType())
						.startsWith("application/problem+json")
					: status == 400 || status == 404 || status == 302 || (status == 200 && !body.contains("Olive"));
			if (!refused) {
				problems.add(
						"%s answered %d (%s)".formatted(field.getKey(), status, result.getResponse().getContentType()));
			}
			if (!ownersData().equals(owners) || !data(other).equals(others)) {
				problems.add(field.getKey() + " changed data");
				owners = ownersData();
				others = data(other);
			}
		}
		assertThat(problems).isEmpty();
	}

	private MvcTestResult send(List<String> request) {
		String path = request.get(1);
		String body = request.get(2);
		for (Map.Entry<String, String> id : ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
			body = body.replace(id.getKey(), id.getValue());
		}
		boolean api = path.startsWith("/api/");
		if (request.get(0).equals("MULTIPART")) {
			// a statement upload: the account id is a form field beside the file
			String accountId = ids.get("{account}");
			return mvc.post()
				.uri(path)
				.multipart()
				.file(new MockMultipartFile("file", "s.csv", "text/csv", body.getBytes(StandardCharsets.UTF_8)))
				.param("accountId", accountId)
				.with(api ? TestUsers.basic(other) : TestUsers.session(other))
				.with(csrf())
				.exchange();
		}
		var call = mvc.method(HttpMethod.valueOf(request.get(0)))
			.uri(path)
			.with(api ? TestUsers.basic(other) : TestUsers.session(other));
		if (!request.get(0).equals("GET")) {
			call = call.with(csrf())
				.contentType(api ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
				.content(body);
		}
		return call.exchange();
	}

	private String sample(String pattern, String variable) {
		for (Map.Entry<String, String> sample : samples.entrySet()) {
			if (pattern.contains(sample.getKey()) && sample.getKey().contains("{" + variable + "}")) {
				return sample.getValue();
			}
		}
		throw new AssertionError(
				("No sample value for {%s} in %s: add one to samples, with what another user must " + "get for it")
					.formatted(variable, pattern));
	}

	/** A fingerprint of everything the owner has, to compare before and after. */
	private String ownersData() {
		return data(owner);
	}

	private String data(CurrentUser owner) {
		StringBuilder data = new StringBuilder();
		data.append(jdbc.queryForList("""
				select c.credential_id, c.label from user_credentials c
				join user_entities e on e.id = c.user_entity_user_id where e.name = ?""", owner.email())).append('\n');
		for (String list : List.of("accounts", "transactions", "categories", "budgets", "recurring", "rules")) {
			try {
				data.append(api.get(owner, "/api/v1/" + list).getResponse().getContentAsString()).append('\n');
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return data.toString();
	}

	/**
	 * The path with the first letter of each of its first two segments escaped
	 * ({@code /%61pi/%761/…}), read by Spring Security and Spring MVC as the plain one.
	 */
	static String encoded(String path) {
		StringBuilder spelled = new StringBuilder();
		int escaped = 0;
		for (String segment : path.substring(1).split("/", -1)) {
			spelled.append('/');
			if (escaped < 2 && !segment.isEmpty() && Character.isLetterOrDigit(segment.charAt(0))) {
				spelled.append("%%%02X".formatted((int) segment.charAt(0))).append(segment.substring(1));
				escaped++;
			}
			else {
				spelled.append(segment);
			}
		}
		return spelled.toString();
	}

	private MvcTestResult call(Route route, String path, CurrentUser user) {
		var request = mvc.method(route.method()).uri(java.net.URI.create(path));
		if (user != null) {
			request = request.with(route.api() ? TestUsers.basic(user) : TestUsers.session(user));
		}
		if (route.method() != HttpMethod.GET) {
			request = request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		return request.exchange();
	}

	private List<Route> routes() {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method.asHttpMethod(), pattern));
				}
			}
		}
		assertThat(routes).as("the mappings were read").hasSizeGreaterThan(80);
		return List.copyOf(routes);
	}

	interface Samples {

		String of(String pattern, String variable);

	}

	record Route(HttpMethod method, String pattern) implements Comparable<Route> {

		String key() {
			return method.name() + " " + pattern;
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

		/**
		 * A path variable naming something of the owner's (not a month, which is
		 * anyone's).
		 */
		boolean hasOwnedVariable() {
			return (VARIABLE.matcher(pattern).find() && !pattern.contains("{month}"))
					|| ADMIN_ONLY.stream().anyMatch(pattern::startsWith);
		}

		String path(Samples samples) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, Matcher.quoteReplacement(samples.of(pattern, matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		@Override
		public int compareTo(Route other) {
			return key().compareTo(other.key());
		}

	}

}
