package io.expensync.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the pages' CSRF token in the session once the browser has one (signed in), and
 * before that in a cookie of its own ({@value #COOKIE}: HTTP only, same site only), so
 * that the sign-in, sign-up and reset pages write no session row for every anonymous
 * visit. Signing in replaces the token (Spring Security's CSRF strategy asks for that),
 * and the new one goes to the session.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "expensync-csrf";

	private static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokens() {
		session.setHeaderName(HEADER);
		cookie.setHeaderName(HEADER);
		cookie.setCookieName(COOKIE);
		cookie.setCookieCustomizer(settings -> settings.httpOnly(true).sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return session.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			session.saveToken(null, request, response);
			if (cookie.loadToken(request) != null) {
				cookie.saveToken(null, request, response);
			}
		}
		else if (request.getSession(false) != null) {
			session.saveToken(token, request, response);
		}
		else {
			cookie.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken inSession = session.loadToken(request);
		return (inSession != null) ? inSession : cookie.loadToken(request);
	}

}
