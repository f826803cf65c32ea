package io.expensync.security.twofactor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.expensync.web.ProblemJson;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * How two-factor sign-in fits Spring Security's multi-factor authorization: a user who
 * has it on gets the {@value #REQUIRED} authority with the password, and every rule built
 * from {@link #rules()} then also wants the {@value #FACTOR} factor, which only the code
 * page grants. Until then the session is half signed in: pages send it to
 * {@value #CODE_PAGE}, for at most {@link #PENDING}. A sign-in with a passkey (the
 * {@value #PASSKEY} factor) wants no code: a passkey is two factors in one, the device
 * that holds it and the fingerprint, face or PIN that unlocks it (the app asks the
 * authenticator to check the user, and refuses one that did not).
 */
public final class TwoFactorSignIn {

	/** Marks a user who has two-factor sign-in on. */
	public static final String REQUIRED = "TWO_FACTOR_REQUIRED";

	/** The factor a correct code grants. */
	public static final String FACTOR = "FACTOR_TOTP";

	/** The factor a passkey sign-in carries. */
	public static final String PASSKEY = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;

	public static final String CODE_PAGE = "/login/code";

	/** How long the code may be entered after the password. */
	static final Duration PENDING = Duration.ofMinutes(5);

	/** Session attribute: when the password was accepted. */
	static final String PENDING_SINCE = TwoFactorSignIn.class.getName() + ".pendingSince";

	private TwoFactorSignIn() {
	}

	/**
	 * Authorization rules that want the {@value #FACTOR} factor from users who have
	 * two-factor sign-in on and signed in with their password, and nothing more from
	 * anyone else.
	 */
	public static AuthorizationManagerFactory<RequestAuthorizationContext> rules() {
		return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
			.requireFactors(FACTOR)
			.when(TwoFactorSignIn::required)
			.build();
	}

	/**
	 * Whether this sign-in still wants a code: two-factor is on and no passkey was used.
	 */
	static boolean required(@Nullable Authentication authentication) {
		return authentication != null && has(authentication, REQUIRED) && !has(authentication, PASSKEY);
	}

	static boolean hasCode(Authentication authentication) {
		return has(authentication, FACTOR);
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	/** Signed in with the password, and the code is still to come. */
	public static boolean isHalfway(@Nullable Authentication authentication) {
		return required(authentication) && !hasCode(authentication);
	}

	/**
	 * After the sign-in form: users with two-factor sign-in go on to the code page (the
	 * time noted), everyone else where they were going or to the dashboard.
	 */
	public static AuthenticationSuccessHandler passwordAccepted(Clock clock, RequestCache savedRequests) {
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setDefaultTargetUrl("/dashboard");
		signedIn.setRequestCache(savedRequests);
		return (request, response, authentication) -> {
			if (isHalfway(authentication)) {
				request.getSession().setAttribute(PENDING_SINCE, clock.instant());
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
				return;
			}
			signedIn.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Whether a half-signed-in session waited too long for its code. */
	static boolean expired(HttpServletRequest request, Clock clock) {
		HttpSession session = request.getSession(false);
		return session == null || !(session.getAttribute(PENDING_SINCE) instanceof Instant since)
				|| clock.instant().isAfter(since.plus(PENDING));
	}

	/**
	 * The API's answer to a password for a user with two-factor sign-in on: 401, with
	 * problem details saying to use an API token.
	 */
	public static AuthenticationEntryPoint apiRefusal() {
		return TwoFactorSignIn::refuse;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED, "Two-factor sign-in is on for this account, so the API "
				+ "does not take its password. Use an API token instead.");
	}

}
