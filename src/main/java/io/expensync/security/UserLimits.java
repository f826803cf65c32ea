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
 * Limits per signed-in user what costs the server most: uploading receipts to be scanned
 * ({@code expensync.limits.receipt-scans-per-user} an hour). Beyond it: 429 with
 * {@code Retry-After}, and nothing is stored.
 */
class UserLimits extends OncePerRequestFilter {

	private final Throttles throttles;

	UserLimits(Throttles throttles) {
		this.throttles = throttles;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Optional<Duration> wait = Optional.empty();
		if (user != null && user.isAuthenticated() && HttpMethod.POST.matches(request.getMethod())
				&& (path.equals("/receipts") || path.equals("/api/v1/receipts"))) {
			wait = throttles.take(Limit.RECEIPT_SCANS_PER_USER, user.getName());
		}
		if (wait.isPresent()) {
			AbuseGuard.tooMany(request, response, path, wait.get(), "You have uploaded many receipts in a short time.");
			return;
		}
		chain.doFilter(request, response);
	}

}
