package io.expensync.security.passkeys;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import io.expensync.security.twofactor.TwoFactorSignIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before Spring Security's endpoints that add a passkey. Only a full sign-in may
 * add one: its options endpoint would serve a session still waiting for its sign-in code
 * too, and answers strangers 400. And only after the user gave their password again (428
 * until then): a session alone must not add a key that outlives it. And a ceremony that
 * fails (the wrong origin, a passkey added already, a challenge used before) gets 400
 * with a message for the page rather than an error page.
 */
class RegistrationGuard extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RegistrationGuard.class);

	private static final RequestMatcher ADDING = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PasskeySignIn.REGISTER + "/options"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PasskeySignIn.REGISTER));

	static final String SIGN_IN_AGAIN = "You are not signed in any more. Sign in again, then add the passkey.";

	static final String NOT_ADDED = "The passkey could not be added. Try again, or use another device or browser.";

	static final String CONFIRM_FIRST = "Enter your current password, then add the passkey.";

	/** How long a confirmed password allows adding passkeys in its session. */
	static final Duration CONFIRMED_FOR = Duration.ofMinutes(5);

	private static final String CONFIRMED_UNTIL = RegistrationGuard.class.getName() + ".confirmedUntil";

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Clock clock;

	RegistrationGuard(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The session's user has just given their password: passkeys may be added a while.
	 */
	static void confirmed(HttpSession session, Clock clock) {
		session.setAttribute(CONFIRMED_UNTIL, clock.millis() + CONFIRMED_FOR.toMillis());
	}

	private boolean isConfirmed(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(CONFIRMED_UNTIL) instanceof Long until && clock.millis() < until;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ADDING.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!trust.isAuthenticated(authentication) || TwoFactorSignIn.isHalfway(authentication)) {
			answer(response, HttpServletResponse.SC_UNAUTHORIZED, SIGN_IN_AGAIN);
			return;
		}
		if (!isConfirmed(request)) {
			answer(response, 428, CONFIRM_FIRST);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (AccessDeniedException | AuthenticationException forSpringSecurity) {
			throw forSpringSecurity;
		}
		catch (RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			log.info("A passkey was not added: {}", ex.toString());
			response.resetBuffer();
			answer(response, HttpServletResponse.SC_BAD_REQUEST, NOT_ADDED);
		}
	}

	private static void answer(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// the messages are constants without quotes or backslashes
		response.getWriter().write("{\"message\":\"" + message + "\"}");
	}

}
