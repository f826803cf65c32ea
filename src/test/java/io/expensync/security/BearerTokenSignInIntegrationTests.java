package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.apitokens.ApiTokenForm;
import io.expensync.apitokens.ApiTokenLifetime;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.users.CurrentUser;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The API signs requests in by personal API tokens: a good one acts as its owner (reads
 * and changes), HTTP Basic goes on working beside it, an expired, revoked, unknown or
 * malformed one gets 401 with problem details and changes nothing, last use is noted at
 * most once a minute, and each token has its own rate limit (set here to 5 a minute).
 */
// the same configuration as ApiTokenIntegrationTests, so both share one context
@SpringBootTest(properties = "expensync.limits.api-token-requests=5")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class BearerTokenSignInIntegrationTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(NOW);
		api = new Api(mvc);
		ann = users.signUp("Ann");
	}

	@Test
	void aTokenActsAsItsOwnerBesideHttpBasic() {
		CurrentUser bob = users.signUp("Bob");
		api.account(bob, "Bob's", "5.00");
		String secret = token(ann, ApiTokenLifetime.DAYS_30);

		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo(ann.email());
		assertThat(mvc.post()
			.uri("/api/v1/accounts")
			.with(TestUsers.bearer(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"By script\", \"type\": \"CASH\", \"currency\": \"EUR\"}")).hasStatus(201);
		MvcTestResult accounts = mvc.get().uri("/api/v1/accounts").with(TestUsers.bearer(secret)).exchange();
		assertThat(Api.<java.util.List<String>>read(accounts, "$.items[*].name")).as("Ann's only")
			.containsExactly("By script");
		assertThat(api.get(ann, "/api/v1/accounts")).as("HTTP Basic, as before")
			.bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("By script");
		assertThat(mvc.get().uri("/dashboard").with(TestUsers.bearer(secret))).as("pages want a session")
			.hasStatus(302);
	}

	@Test
	void anExpiredTokenGets401AndChangesNothing() {
		String secret = token(ann, ApiTokenLifetime.DAYS_30);
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret))).hasStatusOk();
		Instant lastUsed = lastUsed(ann);

		clock.set(NOW.plus(Duration.ofDays(30)));
		assertRefused(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret)).exchange());
		assertRefused(mvc.post()
			.uri("/api/v1/accounts")
			.with(TestUsers.bearer(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Too late\", \"type\": \"CASH\", \"currency\": \"EUR\"}")
			.exchange());
		assertThat(api.get(ann, "/api/v1/accounts")).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(lastUsed(ann)).as("not noted").isEqualTo(lastUsed);
		assertThat(mvc.get().uri("/profile/tokens").with(TestUsers.session(ann))).bodyText()
			.contains("Expired", "expired 2026-07-01", "Remove");
	}

	@Test
	void aRevokedTokenGets401AndChangesNothing() {
		String secret = token(ann, ApiTokenLifetime.NEVER);
		tokens.revoke(ann, tokens.list(ann.id()).get(0).id());
		assertRefused(mvc.post()
			.uri("/api/v1/accounts")
			.with(TestUsers.bearer(secret))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Revoked\", \"type\": \"CASH\", \"currency\": \"EUR\"}")
			.exchange());
		assertThat(api.get(ann, "/api/v1/accounts")).bodyJson().extractingPath("$.items").asArray().isEmpty();
	}

	@Test
	void anUnknownOrMalformedTokenGets401() {
		String real = token(ann, ApiTokenLifetime.DAYS_90);
		String unknown = "exs_" + "A".repeat(43);
		for (String bad : new String[] { unknown, real.substring(0, real.length() - 1), real + "x",
				real.replace("exs_", "xyz_"), "", "not a token at all", ann.email() + ":" + TestUsers.PASSWORD }) {
			assertRefused(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(bad)).exchange());
		}
		assertThat(lastUsed(ann)).as("nothing was noted").isNull();
		assertThat(
				jdbc.queryForObject("select count(*) from audit_events where user_id = ? and kind = 'SIGN_IN_FAILED'",
						Integer.class, ann.id()))
			.isZero();
	}

	@Test
	void lastUseIsNotedAtMostOnceAMinute() {
		String secret = token(ann, ApiTokenLifetime.DAYS_90);
		assertThat(lastUsed(ann)).isNull();

		mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret)).exchange();
		assertThat(lastUsed(ann)).isEqualTo(NOW);
		clock.set(NOW.plusSeconds(59));
		mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret)).exchange();
		assertThat(lastUsed(ann)).as("within the minute").isEqualTo(NOW);
		clock.set(NOW.plusSeconds(60));
		mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret)).exchange();
		assertThat(lastUsed(ann)).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void eachTokenHasItsOwnRateLimit() {
		String busy = token(ann, ApiTokenLifetime.DAYS_90);
		String other = token(ann, ApiTokenLifetime.DAYS_90);
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(busy))).hasStatusOk();
		}

		MvcTestResult limited = mvc.post()
			.uri("/api/v1/accounts")
			.with(TestUsers.bearer(busy))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Sixth\", \"type\": \"CASH\", \"currency\": \"EUR\"}")
			.exchange();
		assertThat(limited).hasStatus(429)
			.hasHeader("Retry-After", "12")
			.hasContentTypeCompatibleWith("application/problem+json");
		assertThat(limited).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("This API token has sent very many requests", "12 seconds");
		assertThat(api.get(ann, "/api/v1/accounts")).as("nothing was made")
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();

		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(other))).as("another token of the same user")
			.hasStatusOk();
		assertThat(api.get(ann, "/api/v1/me")).as("and HTTP Basic").hasStatusOk();
		clock.set(NOW.plusSeconds(12));
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(busy))).as("one more after a fifth of a minute")
			.hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(busy))).hasStatus(429);
	}

	private String token(CurrentUser user, ApiTokenLifetime lifetime) {
		return tokens
			.create(user, new ApiTokenForm("Script " + java.util.UUID.randomUUID(), lifetime, TestUsers.PASSWORD))
			.secret();
	}

	private @Nullable Instant lastUsed(CurrentUser user) {
		Timestamp at = jdbc
			.queryForList("select last_used_at from api_tokens where user_id = ?", Timestamp.class, user.id())
			.get(0);
		return (at != null) ? at.toInstant() : null;
	}

	private static void assertRefused(MvcTestResult result) {
		assertThat(result).hasStatus(401)
			.hasHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
			.hasContentTypeCompatibleWith("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(401);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("API token is not valid");
	}

}
