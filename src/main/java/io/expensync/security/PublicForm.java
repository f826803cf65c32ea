package io.expensync.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A public form: shown with GET, sent with POST, to one path. Each is matched as Spring
 * Security and Spring MVC match it (decoded, so that /%6Cogin is /login), never by
 * comparing the request's raw path: no spelling of a path that reaches sign-in escapes
 * its limit.
 */
record PublicForm(String path, RequestMatcher shown, RequestMatcher sent) {

	static final PublicForm SIGN_IN = new PublicForm("/login");

	static final PublicForm SIGN_UP = new PublicForm("/signup");

	static final PublicForm FORGOT = new PublicForm("/password/forgot");

	PublicForm(String path) {
		this(path, pathPattern(HttpMethod.GET, path), pathPattern(HttpMethod.POST, path));
	}

}
