package io.expensync.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import io.expensync.security.Throttles.Limit;
import io.expensync.security.passkeys.PasskeySignIn;
import io.expensync.security.twofactor.TwoFactorSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which {@link Throttles} limits an attempt to sign in, sign up or reset a password
 * counts against, by its route: the sending address's, and the account's or email
 * address's it names. Unknown and known accounts are counted alike. Routes are matched
 * decoded, as {@link PublicForm}s are.
 */
class AttemptLimits {

	private static final RequestMatcher SIGN_IN_CODE = pathPattern(HttpMethod.POST, TwoFactorSignIn.CODE_PAGE);

	private static final RequestMatcher PASSKEY_SIGN_IN = pathPattern(HttpMethod.POST, PasskeySignIn.SIGN_IN);

	private static final RequestMatcher API_SIGN_UP = pathPattern(HttpMethod.POST, "/api/v1/users");

	private static final RequestMatcher RESET = pathPattern(HttpMethod.POST, "/password/reset");

	private final Throttles throttles;

	AttemptLimits(Throttles throttles) {
		this.throttles = throttles;
	}

	/**
	 * Takes the request's attempt from its limits; answers how long to wait when one of
	 * them has none left.
	 */
	Optional<Duration> take(HttpServletRequest request) {
		String ip = request.getRemoteAddr();
		Optional<String> basicUser = basicUser(request);
		if (PublicForm.SIGN_IN.sent().matches(request)) {
			return first(throttles.take(Limit.SIGN_IN_PER_IP, ip),
					throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, param(request, "username")));
		}
		if (SIGN_IN_CODE.matches(request)) {
			return first(throttles.take(Limit.SIGN_IN_PER_IP, ip),
					throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, signedInName()));
		}
		if (PASSKEY_SIGN_IN.matches(request)) {
			// a passkey names no account before it is checked: only the address counts
			return throttles.take(Limit.SIGN_IN_PER_IP, ip);
		}
		if (basicUser.isPresent()) {
			// each try costs a password hash: an address spraying passwords over many
			// accounts is held up like one trying many on the sign-in form; a script's
			// calls with the right password cost no attempts
			return first(throttles.check(Limit.SIGN_IN_PER_IP, ip),
					throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, basicUser.get()));
		}
		if (PublicForm.SIGN_UP.sent().matches(request)) {
			// a sign-up may email its address (see SignUpsByEmail): not more often than a
			// reset does
			return first(throttles.take(Limit.SIGN_UP_PER_IP, ip),
					throttles.take(Limit.SIGN_UP_EMAILS_PER_ADDRESS, param(request, "email")));
		}
		if (API_SIGN_UP.matches(request)) {
			return throttles.take(Limit.SIGN_UP_PER_IP, ip);
		}
		if (PublicForm.FORGOT.sent().matches(request)) {
			return first(throttles.take(Limit.RESET_PER_IP, ip),
					throttles.take(Limit.RESET_PER_ADDRESS, param(request, "email")));
		}
		if (RESET.matches(request)) {
			return throttles.take(Limit.RESET_PER_IP, ip);
		}
		return Optional.empty();
	}

	/**
	 * Once answered: a request signed in with HTTP Basic and refused counts as a failed
	 * attempt from its address.
	 */
	void countRefused(HttpServletRequest request, HttpServletResponse response) {
		if (basicUser(request).isPresent() && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			throttles.record(Limit.SIGN_IN_PER_IP, request.getRemoteAddr());
		}
	}

	/** Who entered the password, on the sign-in code page. */
	private static String signedInName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "" : authentication.getName();
	}

	private static String param(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return value == null ? "" : value;
	}

	private static Optional<Duration> first(Optional<Duration> one, Optional<Duration> other) {
		return one.isPresent() ? one : other;
	}

	/** The account named in an HTTP Basic header, if any. */
	private static Optional<String> basicUser(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
