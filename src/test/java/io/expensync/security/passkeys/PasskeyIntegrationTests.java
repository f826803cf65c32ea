package io.expensync.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.expensync.TestUsers;
import io.expensync.security.twofactor.TwoFactorSignIn;
import io.expensync.users.AccountDeletion;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Passkeys without a browser: the passkeys page lists and removes only the user's own,
 * adding one needs a full sign-in and asks the authenticator to check the user, signing
 * in with one is open to strangers (and refuses a forged one), a passkey sign-in of a
 * user with two-factor sign-in needs no code, and deleting the account removes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasskeyIntegrationTests {

	static final Instant ADDED = Instant.parse("2026-05-01T08:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	JdbcTemplate jdbc;

	PasskeyFixtures passkeys;

	CurrentUser ann;

	CurrentUser bob;

	@BeforeEach
	void twoUsers() {
		passkeys = new PasskeyFixtures(userEntities, credentials);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
	}

	@Test
	void thePageListsOnlyTheUsersOwnPasskeys() {
		String phone = passkeys.add(ann, "Ann's phone", ADDED);
		String laptop = passkeys.add(ann, "Ann's laptop", ADDED.plus(1, ChronoUnit.DAYS));
		String bobs = passkeys.add(bob, "Bob's key", ADDED);

		assertThat(mvc.get().uri("/profile/passkeys").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Ann&#39;s phone", "Ann&#39;s laptop", phone, laptop, "Added 2026-05-01 10:00",
					"not used to sign in yet")
			.doesNotContain("Bob&#39;s key", bobs, "You have no passkeys yet");
		assertThat(mvc.get().uri("/profile/passkeys").with(TestUsers.session(users.signUp("Cy")))).hasStatusOk()
			.bodyText()
			.contains("You have no passkeys yet")
			.doesNotContain(phone, bobs);
		assertThat(mvc.get().uri("/profile").with(TestUsers.session(ann))).as("linked from the profile")
			.bodyText()
			.contains("href=\"/profile/passkeys\"");
	}

	@Test
	void removingAnotherUsersPasskeyIsNotFoundAndRemovesNothing() {
		String bobs = passkeys.add(bob, "Bob's key", ADDED);
		passkeys.add(ann, "Ann's phone", ADDED);

		for (String id : List.of(bobs, Bytes.random().toBase64UrlString(), "not*base64url")) {
			assertThat(remove(ann, id)).as(id).hasStatus(404);
		}
		assertThat(labels(bob)).containsExactly("Bob's key");
		assertThat(labels(ann)).containsExactly("Ann's phone");
		assertThat(auditKinds(ann)).doesNotContain("PASSKEY_REMOVED");
	}

	@Test
	void removingOwnPasskeyStopsListingItAndIsLogged() {
		String phone = passkeys.add(ann, "Ann's phone", ADDED);
		passkeys.add(ann, "Ann's laptop", ADDED);

		MvcTestResult removed = remove(ann, phone);
		assertThat(removed).hasRedirectedUrl("/profile/passkeys");
		assertThat(removed.getMvcResult().getFlashMap().get("success")).asString().contains("“Ann's phone” is removed");
		assertThat(labels(ann)).containsExactly("Ann's laptop");
		assertThat(credentials.findByCredentialId(Bytes.fromBase64(phone))).isNull();
		assertThat(jdbc.queryForList("select detail from audit_events where user_id = ? and kind = 'PASSKEY_REMOVED'",
				String.class, ann.id()))
			.containsExactly("Ann's phone");
		assertThat(remove(ann, phone)).as("a second time").hasStatus(404);
	}

	@Test
	void springSecuritysOwnRemovalIsClosedInFavourOfThePage() {
		String phone = passkeys.add(ann, "Ann's phone", ADDED);
		assertThat(mvc.delete().uri("/webauthn/register/" + phone).with(TestUsers.session(ann)).with(csrf()))
			.hasStatus(403);
		assertThat(labels(ann)).containsExactly("Ann's phone");
	}

	@Test
	void registrationOptionsRequireAFullSignIn() {
		assertThat(mvc.post().uri("/webauthn/register/options").with(csrf())).as("a stranger")
			.hasStatus(401)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo(RegistrationGuard.SIGN_IN_AGAIN);
		assertThat(mvc.post().uri("/webauthn/register/options").with(authentication(halfway(ann))).with(csrf()))
			.as("a password still waiting for its sign-in code")
			.hasStatus(401);
		assertThat(mvc.post()
			.uri("/webauthn/register")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"publicKey\": {\"label\": \"x\"}}")).as("nor can a stranger send a passkey").hasStatus(401);
		assertThat(userEntities.findByUsername(ann.email())).as("nothing stored").isNull();

		MockHttpSession session = new MockHttpSession();
		assertThat(
				mvc.post().uri("/webauthn/register/options").session(session).with(TestUsers.session(ann)).with(csrf()))
			.as("a session alone, without the password given again")
			.hasStatus(428)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo(RegistrationGuard.CONFIRM_FIRST);
		assertThat(confirm(session, "not my password")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("That is not your current password.");
		assertThat(
				mvc.post().uri("/webauthn/register/options").session(session).with(TestUsers.session(ann)).with(csrf()))
			.hasStatus(428);
		assertThat(userEntities.findByUsername(ann.email())).as("nothing stored").isNull();

		assertThat(confirm(session, TestUsers.PASSWORD)).hasStatusOk();
		MvcTestResult options = mvc.post()
			.uri("/webauthn/register/options")
			.session(session)
			.with(TestUsers.session(ann))
			.with(csrf())
			.exchange();
		assertThat(options).hasStatusOk();
		assertThat(options).bodyJson().extractingPath("$.rp.id").isEqualTo("localhost");
		assertThat(options).bodyJson().extractingPath("$.rp.name").isEqualTo("ExpenSync");
		assertThat(options).bodyJson().extractingPath("$.user.name").isEqualTo(ann.email());
		assertThat(options).bodyJson()
			.extractingPath("$.authenticatorSelection.userVerification")
			.isEqualTo("required");
		assertThat(options).bodyJson().extractingPath("$.authenticatorSelection.residentKey").isEqualTo("required");
		assertThat(userEntities.findByUsername(ann.email())).as("the user handle is made once").isNotNull();
	}

	@Test
	void aBrokenRegistrationIsRefusedAndStoresNothing() {
		int before = jdbc.queryForObject("select count(*) from user_credentials", Integer.class);
		MockHttpSession session = new MockHttpSession();
		assertThat(confirm(session, TestUsers.PASSWORD)).hasStatusOk();
		assertThat(mvc.post()
			.uri("/webauthn/register")
			.session(session)
			.with(TestUsers.session(ann))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"publicKey\": {\"label\": \"Phone\", \"credential\": {\"id\": \"AAAA\"}}}")).hasStatus(400);
		assertThat(jdbc.queryForObject("select count(*) from user_credentials", Integer.class)).isEqualTo(before);
	}

	@Test
	void signInOptionsAreForStrangersAndAskTheAuthenticatorToCheckTheUser() {
		MvcTestResult options = mvc.post().uri("/webauthn/authenticate/options").with(csrf()).exchange();
		assertThat(options).hasStatusOk();
		assertThat(options).bodyJson().extractingPath("$.rpId").isEqualTo("localhost");
		assertThat(options).bodyJson().extractingPath("$.userVerification").isEqualTo("required");
		assertThat(options).bodyJson().extractingPath("$.challenge").asString().hasSizeGreaterThan(20);
	}

	@Test
	void aForgedPasskeySignInIsRefusedAndSignsNobodyIn() {
		String phone = passkeys.add(ann, "Ann's phone", ADDED);
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post().uri("/webauthn/authenticate/options").session(session).with(csrf())).hasStatusOk();
		MvcTestResult forged = mvc.post()
			.uri(PasskeySignIn.SIGN_IN)
			.session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"id": "%1$s", "rawId": "%1$s", "type": "public-key",
					 "response": {"authenticatorData": "AAAA", "clientDataJSON": "e30", "signature": "AAAA"},
					 "clientExtensionResults": {}}""".formatted(phone))
			.exchange();
		assertThat(forged).hasStatus(401);
		assertThat(mvc.get().uri("/dashboard").session(session)).as("not signed in").hasStatus(302);
		assertThat(auditKinds(ann)).doesNotContain("SIGNED_IN");
	}

	@Test
	void aPasskeySignInOfAUserWithTwoFactorOnNeedsNoCode() {
		MvcTestResult password = mvc.get().uri("/dashboard").with(authentication(halfway(ann))).exchange();
		assertThat(password).as("the password alone").hasStatus(302);
		assertThat(password.getResponse().getHeader("Location")).startsWith(TwoFactorSignIn.CODE_PAGE);
		var passkey = new WebAuthnAuthentication(
				ImmutablePublicKeyCredentialUserEntity.builder()
					.id(Bytes.random())
					.name(ann.email())
					.displayName(ann.email())
					.build(),
				List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(TwoFactorSignIn.REQUIRED),
						FactorGrantedAuthority.fromAuthority(TwoFactorSignIn.PASSKEY)));
		assertThat(mvc.get().uri("/dashboard").with(authentication(passkey))).as("a passkey").hasStatusOk();
		assertThat(mvc.get().uri(TwoFactorSignIn.CODE_PAGE).with(authentication(passkey))).as("no code page for it")
			.hasRedirectedUrl("/dashboard");
	}

	@Test
	void deletingTheAccountRemovesItsPasskeysAndNoOneElses() {
		passkeys.add(ann, "Ann's phone", ADDED);
		passkeys.add(bob, "Bob's key", ADDED);
		userService.delete(ann.id(), new AccountDeletion(TestUsers.PASSWORD, null));
		assertThat(userEntities.findByUsername(ann.email())).isNull();
		assertThat(jdbc.queryForObject("""
				select count(*) from user_credentials where user_entity_user_id not in (select id from user_entities)
				""", Integer.class)).as("no passkey outlives its user").isZero();
		assertThat(labels(bob)).containsExactly("Bob's key");
	}

	private MvcTestResult remove(CurrentUser user, String id) {
		return mvc.post()
			.uri("/profile/passkeys/{id}/delete", id)
			.with(TestUsers.session(user))
			.with(csrf())
			.exchange();
	}

	private List<String> labels(CurrentUser user) {
		var entity = userEntities.findByUsername(user.email());
		return (entity == null) ? List.of()
				: credentials.findByUserId(entity.getId()).stream().map(record -> record.getLabel()).toList();
	}

	private List<String> auditKinds(CurrentUser user) {
		return jdbc.queryForList("select kind from audit_events where user_id = ?", String.class, user.id());
	}

	/** Signed in with the password, two-factor sign-in on, the code not yet given. */
	private static Authentication halfway(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user.email(), null,
				AuthorityUtils.createAuthorityList("ROLE_USER", TwoFactorSignIn.REQUIRED));
	}

	/** Gives the password again in the session, as the passkeys page does first. */
	private MvcTestResult confirm(MockHttpSession session, String password) {
		return mvc.post()
			.uri("/profile/passkeys/confirm")
			.session(session)
			.with(TestUsers.session(ann))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"%s\"}".formatted(password))
			.exchange();
	}

}
