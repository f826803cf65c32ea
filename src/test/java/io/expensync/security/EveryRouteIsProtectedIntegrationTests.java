package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
	static final List<String> ADMIN_ONLY = List.of("/mailbox", "/admin/");

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

	@BeforeEach
	void ownerWithOneOfEverything() {
		api = new Api(mvc);
		CurrentUser signedUp = users.signUp("Olive Owner");
		jdbc.update("update users set role = 'ADMIN' where id = ?", signedUp.id());
		owner = new CurrentUser(signedUp.id(), signedUp.email(), signedUp.name(), signedUp.profile(), Role.ADMIN);
		other = users.signUp("Otto Other");
		String account = api.account(owner, "Olive's", "100.00");
		String transaction = api.transaction(owner, account, "EXPENSE", "10.00", "food");
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
		samples = Map.ofEntries(Map.entry("/accounts/{id}", account), Map.entry("/transactions/{id}", transaction),
				Map.entry("/recurring/{id}", schedule), Map.entry("/categories/{key}", key),
				Map.entry("/budgets/{scope}", key), Map.entry("/mailbox/{id}", email),
				Map.entry("/reports/{month}", "2026-10"), Map.entry("/receipts/{id}", receipt),
				Map.entry("/sessions/{handle}", "0123456789abcdef01234567"), Map.entry("/tokens/{id}", token),
				Map.entry("/profile/passkeys/{id}", passkey), Map.entry("/review/passkeys/{id}", passkey));
	}

	@Test
	void anonymousCallersAreSentToSignInOrGet401() {
		List<String> problems = new ArrayList<>();
		for (Route route : routes()) {
			if (PUBLIC.contains(route.key())) {
				continue;
			}
			int status = call(route, route.path(this::sample), null).getResponse().getStatus();
			int expected = route.api() ? 401 : 302;
			if (status != expected) {
				problems.add("%s answered %d to an anonymous caller, not %d".formatted(route.key(), status, expected));
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
			int status = call(route, route.path(this::sample), other).getResponse().getStatus();
			// a body refused before any lookup tells nothing about the id: the owner is
			// refused alike
			boolean refusedAlike = status == 400
					&& call(route, route.path(this::sample), owner).getResponse().getStatus() == 400;
			if (status != 404 && !refusedAlike) {
				problems.add("%s answered %d to another user, not 404".formatted(route.key(), status));
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
					+ (route.pattern().equals("/password/reset") || route.pattern().equals("/verify") ? "?token=x"
							: "");
			int status = call(route, path, owner).getResponse().getStatus();
			if (status >= 400) {
				problems.add("%s answered %d to its owner".formatted(route.key(), status));
			}
		}
		assertThat(problems).isEmpty();
	}

	private String sample(String pattern, String variable) {
		for (Map.Entry<String, String> sample : samples.entrySet()) {
			if (pattern.contains(sample.getKey()) && sample.getKey().contains("{" + variable + "}")) {
				return sample.getValue();
			}
		}
		throw new AssertionError("No sample value for {%s} in %s: add one to samples, with what another user must "
				+ "get for it".formatted(variable, pattern));
	}

	/** A fingerprint of everything the owner has, to compare before and after. */
	private String ownersData() {
		StringBuilder data = new StringBuilder();
		data.append(jdbc.queryForList("""
				select c.credential_id, c.label from user_credentials c
				join user_entities e on e.id = c.user_entity_user_id where e.name = ?""", owner.email())).append('\n');
		for (String list : List.of("accounts", "transactions", "categories", "budgets", "recurring")) {
			try {
				data.append(api.get(owner, "/api/v1/" + list).getResponse().getContentAsString()).append('\n');
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return data.toString();
	}

	private MvcTestResult call(Route route, String path, CurrentUser user) {
		var request = mvc.method(route.method()).uri(path);
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
