package io.expensync.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.expensync.TestUsers;
import io.expensync.security.passkeys.PasskeyFixtures;
import io.expensync.users.CurrentUser;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Spring Security's own endpoints, which the route test cannot read from Spring MVC's
 * mappings: the filters that answer requests themselves are exactly the known ones (a new
 * one, such as a one-time-token sign-in, fails here until it is checked below), and each
 * known one refuses an anonymous caller, or another user, what it must.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityEndpointsIntegrationTests {

	/** Filters of the chains that serve endpoints of their own. */
	static final Set<String> ENDPOINT_FILTERS = Set.of("UsernamePasswordAuthenticationFilter", "LogoutFilter",
			"WebAuthnAuthenticationFilter", "WebAuthnRegistrationFilter", "PublicKeyCredentialCreationOptionsFilter",
			"PublicKeyCredentialRequestOptionsFilter", "BasicAuthenticationFilter", "BearerTokenSignIn");

	@Autowired
	FilterChainProxy chains;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Test
	void theFiltersThatAnswerRequestsThemselvesAreTheKnownOnes() {
		Set<String> serving = new TreeSet<>();
		for (SecurityFilterChain chain : chains.getFilterChains()) {
			for (Filter filter : chain.getFilters()) {
				String name = filter.getClass().getSimpleName();
				if (name.equals("AnonymousAuthenticationFilter")) {
					continue;
				}
				if (name.endsWith("AuthenticationFilter") || name.endsWith("OptionsFilter")
						|| name.endsWith("RegistrationFilter") || name.endsWith("GeneratingFilter")
						|| name.equals("LogoutFilter") || name.equals("DefaultResourcesFilter")
						|| name.equals("BearerTokenSignIn") || name.contains("OneTimeToken")) {
					serving.add(name);
				}
			}
		}
		assertThat(serving).as("a new endpoint filter: check what it answers below, then add it")
			.isEqualTo(new TreeSet<>(ENDPOINT_FILTERS));
	}

	@Test
	void anonymousCallersGetNoPasskeyAddedAndNoOptionsToAddOne() {
		assertThat(mvc.post().uri("/webauthn/register/options").with(csrf())).as("options to add a passkey")
			.satisfies(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
		assertThat(mvc.post()
			.uri("/webauthn/register")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"publicKey\": {}, \"label\": \"Stolen\"}"))
			.satisfies(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where label = 'Stolen'", Integer.class))
			.isZero();
		assertThat(mvc.post()
			.uri("/login/webauthn")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"nobody\"}")).as("a made-up passkey signs nobody in")
			.satisfies(result -> assertThat(result.getResponse().getStatus()).isIn(400, 401));
	}

	@Test
	void anotherUserCannotRemoveAPasskeyThroughSpringSecuritysEndpoint() {
		CurrentUser ann = users.signUp("Ann");
		CurrentUser bob = users.signUp("Bob");
		String annsPasskey = new PasskeyFixtures(userEntities, credentials).add(ann, "Ann's phone", Instant.now());
		for (CurrentUser caller : List.of(bob, ann)) {
			assertThat(mvc.delete()
				.uri("/webauthn/register/{id}", annsPasskey)
				.with(TestUsers.session(caller))
				.with(csrf())).as("removed on the passkeys page only, which checks and logs it").hasStatus(403);
		}
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where label = 'Ann''s phone'",
				Integer.class))
			.isOne();
	}

	@Test
	void signingOutNeedsTheTokenOfThePage() {
		CurrentUser ann = users.signUp("Ann");
		assertThat(mvc.post().uri("/logout").with(TestUsers.session(ann))).as("a cross-site post").hasStatus(403);
		assertThat(mvc.post().uri("/logout").with(TestUsers.session(ann)).with(csrf()))
			.hasRedirectedUrl("/login?signedOut");
	}

}
