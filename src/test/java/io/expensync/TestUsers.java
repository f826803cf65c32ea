package io.expensync;

import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.users.ProfileSettings;
import io.expensync.users.SignUp;
import io.expensync.users.UserService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs up fresh users with unique emails, so tests sharing a database never see each
 * other's data. The users module is asked for only when a test signs someone up: the
 * module tests, which boot a module without it, pick this component up from the root
 * package too.
 */
@Component
public class TestUsers {

	public static final String PASSWORD = "correct horse battery";

	private final ObjectProvider<UserService> users;

	TestUsers(ObjectProvider<UserService> users) {
		this.users = users;
	}

	public CurrentUser signUp(String name) {
		String email = name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID() + "@example.org";
		UserService service = users.getObject();
		service.signUp(new SignUp(email, PASSWORD, new ProfileSettings(name, "EUR", "Europe/Berlin", "en-IE")));
		return service.current(email).orElseThrow();
	}

	/** HTTP Basic for the API, as a client sends it. */
	public static RequestPostProcessor basic(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.httpBasic(user.email(), PASSWORD);
	}

	/** A personal API token for the API, as a script sends it. */
	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	/** A signed-in page session, as after the sign-in form. */
	public static RequestPostProcessor session(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.user(user.email()).roles(user.role().name());
	}

}
