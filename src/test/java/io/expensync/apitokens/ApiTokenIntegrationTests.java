package io.expensync.apitokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.users.AccountDeletion;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.web.InvalidFieldException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Personal API tokens on the profile: a token made on the page is shown once and stored
 * only as a hash, bad names make nothing, revoking stops the token at once, nobody else
 * can revoke it, the API lists tokens without secrets, and making and revoking are in the
 * audit log.
 */
// the same configuration as BearerTokenSignInIntegrationTests, so both share one context
@SpringBootTest(properties = "expensync.limits.api-token-requests=5")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ApiTokenIntegrationTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	static final Pattern SECRET = Pattern.compile("exs_[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	UserService userService;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(NOW);
		ann = users.signUp("Ann");
	}

	@Test
	void aTokenMadeOnThePageIsShownOnceAndOnlyItsHashIsStored() {
		assertThat(mvc.get().uri("/profile/tokens").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("You have no API tokens", "Make a token", "90 days", "No expiry");

		MvcTestResult made = make(ann, "Bank sync", "DAYS_30");
		assertThat(made).hasStatusOk()
			.bodyText()
			.contains("data-created-token", "Copy your new token", "shown only this once", "Bank sync", "never used",
					"expires 2026-07-01");
		String secret = secretIn(made);

		Map<String, Object> row = jdbc.queryForMap("select * from api_tokens where user_id = ?", ann.id());
		assertThat(row).doesNotContainValue(secret);
		assertThat(row.get("token_hash")).as("only the SHA-256 of the secret").isEqualTo(sha256(secret));
		assertThat(jdbc.queryForObject("select expires_at from api_tokens where user_id = ?", Timestamp.class, ann.id())
			.toInstant()).isEqualTo(NOW.plus(Duration.ofDays(30)));

		assertThat(mvc.get().uri("/profile/tokens").with(TestUsers.session(ann))).as("and never again")
			.hasStatusOk()
			.bodyText()
			.contains("Bank sync", "expires 2026-07-01")
			.doesNotContain(secret, "Copy your new token");
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo(ann.email());
		assertThat(jdbc.queryForList("select detail from audit_events where user_id = ? and kind = 'API_TOKEN_CREATED'",
				String.class, ann.id()))
			.containsExactly("“Bank sync”, expires 2026-07-01");
		assertThat(mvc.get().uri("/activity").with(TestUsers.session(ann))).bodyText()
			.contains("API token created", "Bank sync");
	}

	@Test
	void aTokenWithoutExpiryWorksYearsLater() {
		String secret = secretIn(make(ann, "Forever script", "NEVER"));
		assertThat(jdbc.queryForList("select expires_at from api_tokens where user_id = ?", Object.class, ann.id()))
			.containsExactly((Object) null);
		clock.set(NOW.plus(Duration.ofDays(3 * 365)));
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(secret))).hasStatusOk();
		assertThat(mvc.get().uri("/profile/tokens").with(TestUsers.session(ann))).bodyText().contains("no expiry");
	}

	/**
	 * A session alone (a stolen cookie) cannot make itself a token, which would outlive
	 * the session and a password reset.
	 */
	@Test
	void aTokenIsMadeOnlyWithTheCurrentPassword() {
		for (String password : new String[] { "", "not my password" }) {
			MvcTestResult refused = mvc.post()
				.uri("/profile/tokens")
				.with(TestUsers.session(ann))
				.with(csrf())
				.param("name", "Stolen")
				.param("lifetime", "NEVER")
				.param("password", password)
				.exchange();
			assertThat(refused).hasStatusOk()
				.bodyText()
				.contains("That is not your current password.", "is-invalid")
				.doesNotContain("Copy your new token");
		}
		assertThat(count(ann)).isZero();
		assertThatThrownBy(
				() -> tokens.create(ann, new ApiTokenForm("Stolen", ApiTokenLifetime.NEVER, "not my password")))
			.isInstanceOf(InvalidFieldException.class);
		assertThat(count(ann)).isZero();
	}

	@Test
	void aBadNameGetsAFormErrorAndMakesNothing() {
		assertThat(make(ann, "   ", "DAYS_90")).hasStatusOk()
			.bodyText()
			.contains("Give the token a name", "is-invalid")
			.doesNotContain("Copy your new token");
		assertThat(make(ann, "x".repeat(101), "DAYS_90")).hasStatusOk()
			.bodyText()
			.contains("A token name has at most 100 characters");
		assertThat(make(ann, "Good name", "FOREVER")).as("a lifetime the form does not offer")
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Copy your new token");
		assertThatThrownBy(() -> tokens.create(ann,
				new ApiTokenForm("y".repeat(101), ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD)))
			.as("the service checks the name too")
			.isInstanceOf(InvalidFieldException.class);
		assertThat(count(ann)).isZero();

		secretIn(make(ann, "Backup", "DAYS_90"));
		assertThat(make(ann, " backup ", "YEAR")).hasStatusOk()
			.bodyText()
			.contains("You have a token named “backup” already")
			.doesNotContain("Copy your new token");
		assertThat(count(ann)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from audit_events where user_id = ? and kind like 'API_TOKEN%'",
				Integer.class, ann.id()))
			.isOne();
	}

	@Test
	void anAccountHasAtMostTwentyFiveTokens() {
		for (int i = 0; i < ApiTokenService.MOST_PER_USER; i++) {
			tokens.create(ann, new ApiTokenForm("Script " + i, ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD));
		}
		assertThat(make(ann, "One more", "DAYS_30")).hasStatusOk()
			.bodyText()
			.contains("You have 25 tokens, the most one account may have");
		assertThat(count(ann)).isEqualTo(25);
	}

	@Test
	void revokingATokenStopsItAtOnceAndIsAudited() {
		CreatedApiToken made = tokens.create(ann,
				new ApiTokenForm("Old laptop", ApiTokenLifetime.YEAR, TestUsers.PASSWORD));
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(made.secret()))).hasStatusOk();

		MvcTestResult revoked = mvc.post()
			.uri("/profile/tokens/{id}/revoke", made.token().id())
			.with(TestUsers.session(ann))
			.with(csrf())
			.exchange();
		assertThat(revoked).hasRedirectedUrl("/profile/tokens");
		assertThat(revoked.getMvcResult().getFlashMap().get("success").toString()).contains("“Old laptop” is revoked");
		assertThat(count(ann)).isZero();
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(made.secret()))).hasStatus(401);
		assertThat(jdbc.queryForList("select detail from audit_events where user_id = ? and kind = 'API_TOKEN_REVOKED'",
				String.class, ann.id()))
			.containsExactly("“Old laptop”, expires 2027-06-01");
		assertThat(mvc.get().uri("/activity").with(TestUsers.session(ann))).bodyText().contains("API token revoked");
	}

	@Test
	void anotherUserCannotRevokeATokenAndItKeepsWorking() {
		CurrentUser bob = users.signUp("Bob");
		CreatedApiToken anns = tokens.create(ann,
				new ApiTokenForm("Ann's script", ApiTokenLifetime.DAYS_90, TestUsers.PASSWORD));

		assertThat(mvc.post()
			.uri("/profile/tokens/{id}/revoke", anns.token().id())
			.with(TestUsers.session(bob))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.delete().uri("/api/v1/tokens/{id}", anns.token().id()).with(TestUsers.basic(bob))).hasStatus(404)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(404);
		assertThat(mvc.get().uri("/api/v1/tokens").with(TestUsers.basic(bob))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
		assertThat(mvc.get().uri("/profile/tokens").with(TestUsers.session(bob))).bodyText()
			.doesNotContain("Ann's script");

		assertThat(count(ann)).isOne();
		assertThat(mvc.get().uri("/api/v1/me").with(TestUsers.bearer(anns.secret()))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo(ann.email());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_events where kind = 'API_TOKEN_REVOKED' " + "and user_id in (?, ?)",
				Integer.class, ann.id(), bob.id()))
			.isZero();
	}

	@Test
	void theApiListsTokensWithoutSecretsAndRevokesThem() throws Exception {
		CreatedApiToken made = tokens.create(ann,
				new ApiTokenForm("Exporter", ApiTokenLifetime.DAYS_90, TestUsers.PASSWORD));
		MvcTestResult listed = mvc.get().uri("/api/v1/tokens").with(TestUsers.bearer(made.secret())).exchange();

		assertThat(listed).hasStatusOk();
		String body = listed.getResponse().getContentAsString();
		assertThat(body).doesNotContain(made.secret(), sha256(made.secret()), "hash", "secret");
		assertThat(Api.<List<String>>read(listed, "$.items[*].name")).containsExactly("Exporter");
		assertThat(Api.<String>read(listed, "$.items[0].expiresAt")).isEqualTo("2026-08-30T10:00:00Z");
		assertThat(Api.<String>read(listed, "$.items[0].lastUsedAt")).as("this very request")
			.isEqualTo("2026-06-01T10:00:00Z");

		assertThat(mvc.delete().uri("/api/v1/tokens/{id}", made.token().id()).with(TestUsers.bearer(made.secret())))
			.hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/tokens").with(TestUsers.bearer(made.secret()))).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/tokens").with(TestUsers.basic(ann))).bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void theProfilePageLoadsTheTokensSection() {
		tokens.create(ann, new ApiTokenForm("Spreadsheet", ApiTokenLifetime.DAYS_30, TestUsers.PASSWORD));
		assertThat(mvc.get().uri("/profile").with(TestUsers.session(ann))).bodyText()
			.contains("hx-get=\"/profile/tokens\"");
		assertThat(mvc.get().uri("/profile/tokens").with(TestUsers.session(ann)).header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"api-tokens\"", "Spreadsheet", "Make a token")
			.doesNotContain("<html", "&larr; Profile");
	}

	@Test
	void deletingTheAccountDeletesItsTokens() {
		// not the installation's first user, who is its administrator
		CurrentUser dora = users.signUp("Dora");
		tokens.create(dora, new ApiTokenForm("Gone soon", ApiTokenLifetime.NEVER, TestUsers.PASSWORD));
		assertThat(count(dora)).isOne();
		userService.delete(dora.id(), new AccountDeletion(TestUsers.PASSWORD, null));
		assertThat(count(dora)).isZero();
	}

	private MvcTestResult make(CurrentUser user, String name, String lifetime) {
		return mvc.post()
			.uri("/profile/tokens")
			.with(TestUsers.session(user))
			.with(csrf())
			.param("name", name)
			.param("lifetime", lifetime)
			.param("password", TestUsers.PASSWORD)
			.exchange();
	}

	private static String secretIn(MvcTestResult made) {
		try {
			Matcher secret = SECRET.matcher(made.getResponse().getContentAsString());
			assertThat(secret.find()).as("the page shows the new token").isTrue();
			return secret.group();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int count(CurrentUser user) {
		return jdbc.queryForObject("select count(*) from api_tokens where user_id = ?", Integer.class, user.id());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
