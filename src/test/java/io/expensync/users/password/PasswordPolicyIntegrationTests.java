package io.expensync.users.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.expensync.users.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A new password is refused when it is one of the most common ones or the user's own
 * address or name; the refusal names the field and creates no account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordPolicyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserService users;

	@Test
	void commonPasswordsAndOnesOwnAddressOrNameAreRefused() {
		String email = "pat.policy+" + UUID.randomUUID() + "@example.org";
		assertRefused(signUp(email, "QwertyUiop"), "most common passwords");
		assertRefused(signUp(email, "1q2w3e4r5t"), "most common passwords");
		assertRefused(signUp(email, email), "must not be your email address or name");
		assertRefused(signUp(email, email.substring(0, email.indexOf('@'))), "must not be your email address or name");
		assertRefused(signUp(email, "Pat Policy Person"), "must not be your email address or name");
		assertRefused(signUp(email, "short"), "10 to 72 characters");
		assertThat(users.current(email)).as("no account from a refused sign-up").isEmpty();

		assertThat(signUp(email, "plums in the icebox")).hasStatus(201);
		assertThat(users.current(email)).isPresent();
	}

	/**
	 * BCrypt reads 72 bytes of a password and refuses more: a longer one is refused with
	 * a message (it was a 500), and signing in with one is a wrong password, not an
	 * error.
	 */
	@Test
	void passwordsLongerThanTheHashReadsAreRefusedAndFailToSignIn() {
		String email = "lena.long+" + UUID.randomUUID() + "@example.org";
		assertRefused(signUp(email, "correct horse battery staple ".repeat(3)), "10 to 72 characters");
		assertRefused(signUp(email, "é".repeat(40)), "at most 72 bytes");
		assertThat(users.current(email)).as("no account from a refused sign-up").isEmpty();

		String longest = "a long passphrase that fills bcrypt's seventy-two bytes exactly, ok!!!!!";
		assertThat(longest).hasSize(72);
		assertThat(signUp(email, longest)).hasStatus(201);

		String tooLong = longest + " and then some";
		assertThat(mvc.post()
			.uri("/login")
			.param("username", email)
			.param("password", tooLong)
			.with(SecurityMockMvcRequestPostProcessors.csrf())).hasRedirectedUrl("/login?error");
		assertThat(mvc.get().uri("/api/v1/me").with(SecurityMockMvcRequestPostProcessors.httpBasic(email, tooLong)))
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/me").with(SecurityMockMvcRequestPostProcessors.httpBasic(email, longest)))
			.hasStatusOk();
	}

	private void assertRefused(MvcTestResult result, String message) {
		assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains(message);
	}

	private MvcTestResult signUp(String email, String password) {
		return mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "password": "%s", "name": "Pat Policy Person"}
				""".formatted(email, password)).exchange();
	}

}
