package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import io.expensync.TestUsers;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.NewAccount;
import io.expensync.money.Money;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class SignUpPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserService users;

	@Autowired
	TestUsers testUsers;

	@Autowired
	AccountService accounts;

	@Test
	void signUpSignsInAndLandsOnTheDashboard() {
		String email = "new+" + UUID.randomUUID() + "@example.org";
		MvcTestResult signUp = mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("name", "Nora New")
			.param("email", email)
			.param("password", "a long enough password")
			.param("currency", "GBP")
			.param("timezone", "Europe/London")
			.param("locale", "en-GB")
			.exchange();
		assertThat(signUp).hasStatus3xxRedirection().hasRedirectedUrl("/dashboard");
		MockHttpSession session = (MockHttpSession) signUp.getRequest().getSession();

		MvcTestResult dashboard = mvc.get().uri("/dashboard").session(session).exchange();
		assertThat(dashboard).hasStatusOk().bodyText().contains("Dashboard", "Add an account");

		CurrentUser created = users.current(email).orElseThrow();
		assertThat(created.currency().getCurrencyCode()).isEqualTo("GBP");
		assertThat(created.zone().getId()).isEqualTo("Europe/London");
	}

	@Test
	void signUpShowsErrorsNextToTheFieldsAndCreatesNobody() {
		String email = "bad+" + UUID.randomUUID() + "@example.org";
		MvcTestResult result = mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("name", "")
			.param("email", email)
			.param("password", "short")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Tell us your name", "A password needs 10 to 72 characters");
		assertThat(users.current(email)).isEmpty();
	}

	@Test
	void aTakenEmailIsRefusedWhateverItsCase() {
		CurrentUser existing = testUsers.signUp("Taken");
		MvcTestResult result = mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("name", "Someone")
			.param("email", existing.email().toUpperCase())
			.param("password", "a long enough password")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("already registered");
	}

	@Test
	void apiSignUpAnswersTheNewUser() throws Exception {
		String email = "Api+" + UUID.randomUUID() + "@Example.org";
		MvcTestResult created = mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "password": "a long enough password", "name": "Api User"}
				""".formatted(email)).exchange();
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.email").isEqualTo(email.toLowerCase());
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("Api User");
		assertThat(created.getResponse().getContentAsString()).doesNotContain("password");
		assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "not-an-email", "password": "short", "name": ""}
				""")).hasStatus(400).bodyJson().extractingPath("$.errors.length()").isEqualTo(3);
	}

	@Test
	void signInAndSignOut() {
		CurrentUser ann = testUsers.signUp("Ann");
		MvcTestResult wrong = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", ann.email())
			.param("password", "not the password")
			.exchange();
		assertThat(wrong).hasRedirectedUrl("/login?error");

		MvcTestResult signIn = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", ann.email())
			.param("password", TestUsers.PASSWORD)
			.exchange();
		assertThat(signIn).hasRedirectedUrl("/dashboard");
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
		assertThat(mvc.get().uri("/profile").session(session)).hasStatusOk().bodyText().contains("Ann");

		assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?signedOut");
		assertThat(mvc.get().uri("/dashboard").session(session)).hasStatus3xxRedirection();
	}

	@Test
	void pagesNeedSignInAndTheApiAnswers401() {
		assertThat(mvc.get().uri("/dashboard")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/api/v1/accounts")).hasStatus(401);
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("Your money, on your server");
		assertThat(mvc.post().uri("/signup").param("name", "x")).as("forms need a CSRF token").hasStatus(403);
	}

	@Test
	void healthIsPublicAndMetricsAreForAdminsOnly() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/metrics")).hasStatus3xxRedirection();
		assertThat(mvc.get()
			.uri("/actuator/metrics")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("u")
				.roles("USER")))
			.hasStatus(403);
		assertThat(mvc.get()
			.uri("/actuator/metrics/expensync.recurring.booked")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a")
				.roles("ADMIN")))
			.hasStatusOk();
	}

	@Test
	void profileChangesAreValidated() {
		CurrentUser ann = testUsers.signUp("Ann");
		MvcTestResult bad = mvc.post()
			.uri("/profile")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "Ann B")
			.param("currency", "EUR")
			.param("timezone", "Nowhere/Special")
			.param("locale", "en-IE")
			.exchange();
		assertThat(bad).hasStatusOk().bodyText().contains("is not a known timezone");
		assertThat(users.current(ann.email()).orElseThrow().name()).isEqualTo("Ann");

		assertThat(mvc.post()
			.uri("/profile")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "Ann B")
			.param("currency", "CHF")
			.param("timezone", "Europe/Zurich")
			.param("locale", "de-CH")).hasRedirectedUrl("/profile");
		CurrentUser changed = users.current(ann.email()).orElseThrow();
		assertThat(changed.name()).isEqualTo("Ann B");
		assertThat(changed.currency().getCurrencyCode()).isEqualTo("CHF");
		assertThat(changed.locale().toLanguageTag()).isEqualTo("de-CH");
	}

	/**
	 * The locale of the profile, not the browser's, formats a signed-in user's pages (the
	 * app's locale resolver is the one Spring MVC uses).
	 */
	@Test
	void pagesFollowTheProfilesLocaleNotTheBrowsers() {
		CurrentUser ann = testUsers.signUp("Ann");
		users.updateProfile(ann.id(), new ProfileSettings("Ann", "EUR", "Europe/Berlin", "de-DE"));
		accounts.create(ann.id(), new NewAccount("Girokonto", AccountType.CURRENT, Money.of("1234.56", "EUR"), false));

		MvcTestResult dashboard = mvc.get()
			.uri("/dashboard")
			.with(TestUsers.session(users.current(ann.email()).orElseThrow()))
			.header("Accept-Language", "en-US")
			.exchange();
		assertThat(dashboard).hasStatusOk().bodyText().contains("Girokonto", "1.234,56").doesNotContain("1,234.56");
	}

}
