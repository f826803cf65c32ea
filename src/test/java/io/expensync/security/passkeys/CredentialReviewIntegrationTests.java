package io.expensync.security.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.TestUsers;
import io.expensync.apitokens.ApiTokenForm;
import io.expensync.apitokens.ApiTokenLifetime;
import io.expensync.apitokens.ApiTokenService;
import io.expensync.notifications.ArrivingEmails;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A password reset leaves passkeys and API tokens working; so after it, the first page
 * after each sign-in shows them, with a way to remove each, until the user says they have
 * looked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CredentialReviewIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "a new long secret";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	PasskeyService passkeys;

	@Autowired
	PublicKeyCredentialUserEntityRepository userEntities;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	Outbox outbox;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		ann = users.signUp("Ann");
	}

	@Test
	void afterAResetTheFirstPageShowsThePasskeysAndTokensThatStillSignInUntilLookedAt() {
		UUID token = tokens
			.create(ann, new ApiTokenForm("Old laptop script", ApiTokenLifetime.DAYS_90, TestUsers.PASSWORD))
			.token()
			.id();
		new PasskeyFixtures(userEntities, credentials).add(ann, "Unknown phone", Instant.now());
		String passkey = passkeys.list(ann).get(0).id();

		MockHttpSession before = signIn(TestUsers.PASSWORD);
		assertThat(mvc.get().uri("/dashboard").session(before)).as("nothing to review before a reset").hasStatusOk();

		resetPassword();
		MockHttpSession browser = signIn(NEW_PASSWORD);
		assertThat(mvc.get().uri("/dashboard").session(browser)).as("the first page after signing in")
			.hasRedirectedUrl("/profile/review");
		assertThat(mvc.get().uri("/profile/tokens").header("HX-Request", "true").session(browser))
			.as("a part of a page is not sent anywhere")
			.hasStatusOk();
		assertThat(mvc.get().uri("/profile/review").session(browser)).hasStatusOk()
			.bodyText()
			.contains("Your password was reset on", "Old laptop script", "Unknown phone",
					"/profile/review/tokens/" + token + "/revoke", "I have looked: keep the rest");
		assertThat(mvc.get().uri("/dashboard").session(browser)).as("once per sign-in").hasStatusOk();

		assertThat(mvc.post().uri("/profile/review/tokens/{id}/revoke", token).session(browser).with(csrf()))
			.hasRedirectedUrl("/profile/review");
		assertThat(tokens.list(ann.id())).isEmpty();
		assertThat(mvc.get().uri("/profile/review").session(browser)).bodyText()
			.contains("is revoked", "You have no API tokens.", "Unknown phone");

		MockHttpSession later = signIn(NEW_PASSWORD);
		assertThat(mvc.get().uri("/profile").session(later)).as("still due: not looked at yet")
			.hasRedirectedUrl("/profile/review");
		assertThat(mvc.post().uri("/profile/review/done").session(later).with(csrf())).hasRedirectedUrl("/dashboard");
		assertThat(passkeys.list(ann)).as("what is left keeps working").extracting("id").containsExactly(passkey);
		assertThat(mvc.get().uri("/dashboard").session(signIn(NEW_PASSWORD))).as("looked at").hasStatusOk();
	}

	@Test
	void aUserWithNeitherHasNothingToReview() {
		resetPassword();
		assertThat(mvc.get().uri("/dashboard").session(signIn(NEW_PASSWORD))).hasStatusOk();
		assertThat(mvc.get().uri("/profile/review").session(signIn(NEW_PASSWORD))).hasStatusOk()
			.bodyText()
			.contains("You have no passkeys.", "You have no API tokens.")
			.doesNotContain("Your password was reset on");
	}

	@Test
	void anotherUsersTokenCannotBeRevokedFromTheReview() {
		CurrentUser bob = users.signUp("Bob");
		UUID bobs = tokens.create(bob, new ApiTokenForm("Bob's", ApiTokenLifetime.DAYS_90, TestUsers.PASSWORD))
			.token()
			.id();
		assertThat(mvc.post()
			.uri("/profile/review/tokens/{id}/revoke", bobs)
			.session(signIn(TestUsers.PASSWORD))
			.with(csrf())).hasStatus(404);
		assertThat(tokens.list(bob.id())).hasSize(1);
	}

	private void resetPassword() {
		mvc.post().uri("/password/forgot").param("email", ann.email()).with(csrf()).exchange();
		// the link is made and emailed after the answer, on another thread
		MailboxEntry email = ArrivingEmails.first(outbox, ann, "password-reset");
		Matcher link = TOKEN.matcher(email.text());
		assertThat(link.find()).isTrue();
		assertThat(mvc.post()
			.uri("/password/reset")
			.param("token", link.group(1))
			.param("password", NEW_PASSWORD)
			.param("confirm", NEW_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/login");
	}

	private MockHttpSession signIn(String password) {
		MvcTestResult signIn = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", ann.email())
			.param("password", password)
			.exchange();
		assertThat(signIn).hasRedirectedUrl("/dashboard");
		return (MockHttpSession) signIn.getRequest().getSession();
	}

}
