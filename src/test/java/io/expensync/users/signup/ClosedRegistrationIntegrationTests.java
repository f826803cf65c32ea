package io.expensync.users.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import io.expensync.TestUsers;
import io.expensync.users.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest(properties = "expensync.users.registration-open=false")
@AutoConfigureMockMvc
class ClosedRegistrationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserService users;

	@Autowired
	TestUsers testUsers;

	@Test
	void closedRegistrationRefusesNewUsersOnPageAndApi() {
		if (users.page(null, 1).isEmpty()) {
			// the first user may always sign up (and becomes the admin); other tests may
			// have been first
			testUsers.signUp("Admin first");
		}
		String email = "late+" + UUID.randomUUID() + "@example.org";
		assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"email": "%s", "password": "a long enough password", "name": "Late"}
				""".formatted(email))).hasStatus(403)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Registration closed");
		assertThat(mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", email)
			.param("password", "a long enough password")
			.param("name", "Late")).hasStatusOk().bodyText().contains("Registration is closed");
		assertThat(users.current(email)).isEmpty();
	}

}
