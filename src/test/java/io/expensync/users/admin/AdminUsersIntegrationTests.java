package io.expensync.users.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.Role;
import io.expensync.users.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An administrator sees the users and closes and reopens registration from the app (the
 * setting outlives the configuration's default); nobody else sees the page or may change
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminUsersIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorSeesTheUsersAndClosesAndReopensRegistration() throws Exception {
		CurrentUser admin = admin();
		CurrentUser ann = testUsers.signUp("Ann");
		Api api = new Api(mvc);

		assertThat(mvc.get().uri("/admin/users").with(TestUsers.session(admin))).hasStatusOk()
			.bodyText()
			.contains(ann.email(), "Close registration");
		MvcTestResult listed = api.get(admin, "/api/v1/admin/users?size=200");
		assertThat(listed).hasStatusOk();
		assertThat(Api.<List<String>>read(listed, "$.items[*].email")).contains(ann.email(), admin.email());
		assertThat(listed.getResponse().getContentAsString()).doesNotContain("password", "$2a$");

		try {
			assertThat(mvc.post()
				.uri("/admin/registration")
				.param("open", "false")
				.with(TestUsers.session(admin))
				.with(csrf())).hasRedirectedUrl("/admin/users");
			assertThat(users.registrationOpen()).isFalse();
			String late = "late+" + UUID.randomUUID() + "@example.org";
			assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
					{"email": "%s", "password": "a long enough password", "name": "Late"}""".formatted(late)))
				.hasStatus(403);
			assertThat(users.current(late)).isEmpty();

			assertThat(api.put(admin, "/api/v1/admin/registration", "{\"open\": true}")).hasStatusOk()
				.bodyJson()
				.extractingPath("$.open")
				.isEqualTo(true);
			assertThat(mvc.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
					{"email": "%s", "password": "a long enough password", "name": "Late"}""".formatted(late)))
				.hasStatus(201);
		}
		finally {
			jdbc.update("delete from settings where name = 'registration-open'");
		}
	}

	@Test
	void othersGet404AndChangeNothing() {
		CurrentUser bob = testUsers.signUp("Bob");
		Api api = new Api(mvc);
		assertThat(mvc.get().uri("/admin/users").with(TestUsers.session(bob))).hasStatus(404);
		assertThat(api.get(bob, "/api/v1/admin/users")).hasStatus(404);
		assertThat(
				mvc.post().uri("/admin/registration").param("open", "false").with(TestUsers.session(bob)).with(csrf()))
			.hasStatus(404);
		assertThat(api.put(bob, "/api/v1/admin/registration", "{\"open\": false}")).hasStatus(404);
		assertThat(api.put(admin(), "/api/v1/admin/registration", "{}")).hasStatus(400);
		assertThat(users.registrationOpen()).isTrue();
	}

	private CurrentUser admin() {
		CurrentUser user = testUsers.signUp("Ada Admin");
		jdbc.update("update users set role = 'ADMIN' where id = ?", user.id());
		return new CurrentUser(user.id(), user.email(), user.name(), user.profile(), Role.ADMIN);
	}

}
