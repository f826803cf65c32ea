package io.expensync.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import io.expensync.security.Throttles.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits per signed-in user what fills the database or costs the server most: changes of
 * any kind ({@code expensync.limits.writes-per-user} an hour, enough for a person
 * entering a month of receipts, not for a script flooding the ledger) and receipt uploads
 * ({@code expensync.limits.receipt-scans-per-user} an hour). Beyond either: 429 with
 * {@code Retry-After}, and nothing is changed.
 */
class UserLimits extends OncePerRequestFilter {

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
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && isWrite(request.getMethod()) && !path.equals("/logout")) {
			Optional<Duration> wait = throttles.take(Limit.WRITES_PER_USER, user.getName());
			if (wait.isPresent()) {
				AbuseGuard.tooMany(request, response, path, wait.get(),
						"You have made very many changes in a short time.");
				return;
			}
			boolean upload = HttpMethod.POST.matches(request.getMethod())
					&& (path.equals("/receipts") || path.equals("/api/v1/receipts"));
			wait = upload ? throttles.take(Limit.RECEIPT_SCANS_PER_USER, user.getName()) : Optional.empty();
			if (wait.isPresent()) {
				AbuseGuard.tooMany(request, response, path, wait.get(),
						"You have uploaded many receipts in a short time.");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
