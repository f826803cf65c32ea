package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
		assertRefused(signUp(email, "short"), "10 to 128 characters");
		assertThat(users.current(email)).as("no account from a refused sign-up").isEmpty();

		assertThat(signUp(email, "plums in the icebox")).hasStatus(201);
		assertThat(users.current(email)).isPresent();
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
