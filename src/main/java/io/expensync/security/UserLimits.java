package io.expensync.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import io.expensync.security.Throttles.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits per signed-in user what fills the database or costs the server most: changes of
 * any kind ({@code expensync.limits.writes-per-user} an hour, enough for a person
 * entering a month of receipts, not for a script flooding the ledger) and receipt uploads
 * ({@code expensync.limits.receipt-scans-per-user} an hour). Beyond either: 429 with
 * {@code Retry-After}, and nothing is changed.
 */
class UserLimits extends OncePerRequestFilter {

	// matched as Spring MVC matches them (decoded), so no spelling of the path escapes
	private static final RequestMatcher SIGN_OUT = pathPattern("/logout");

	private static final RequestMatcher UPLOAD = new OrRequestMatcher(pathPattern(HttpMethod.POST, "/receipts"),
			pathPattern(HttpMethod.POST, "/api/v1/receipts"));

	// signed in, not anonymous: anonymous callers have nothing to fill, and shared one
	// bucket, which one client could empty for everyone (sign-up and reset have limits
	// of their own, per address)
	private final AuthenticationTrustResolver signedIn = new AuthenticationTrustResolverImpl();

	private final Throttles throttles;

	UserLimits(Throttles throttles) {
		this.throttles = throttles;
	}

	private static boolean isWrite(String method) {
		return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
				|| HttpMethod.OPTIONS.matches(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn.isAuthenticated(user) && isWrite(request.getMethod()) && !SIGN_OUT.matches(request)) {
			Optional<Duration> wait = throttles.take(Limit.WRITES_PER_USER, user.getName());
			if (wait.isPresent()) {
				AbuseGuard.tooMany(request, response, wait.get(), "You have made very many changes in a short time.");
				return;
			}
			wait = UPLOAD.matches(request) ? throttles.take(Limit.RECEIPT_SCANS_PER_USER, user.getName())
					: Optional.empty();
			if (wait.isPresent()) {
				AbuseGuard.tooMany(request, response, wait.get(), "You have uploaded many receipts in a short time.");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
