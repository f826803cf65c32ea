package io.expensync.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.expensync.web.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before sign-in (password, code or passkey), sign-up and password reset: too many
 * attempts from one address, or too many failed sign-ins (passwords or sign-in codes) for
 * one account, get 429 with {@code Retry-After} (a page saying how long to wait, or
 * problem details on the API) before any password is checked ({@link AttemptLimits}); a
 * form whose hidden honeypot field was filled in (by a bot) is dropped, and the sign-up
 * and forgot-password forms sent sooner than a person can fill them in are shown again
 * ({@link BotTraps}). Unknown and known accounts are treated alike, so the answers tell
 * nobody which accounts exist.
 */
class AbuseGuard extends OncePerRequestFilter {

	private static final RequestMatcher API = pathPattern("/api/**");

	private final BotTraps traps;

	private final AttemptLimits limits;

	/**
	 * @param minFillTime how long a person takes at least to fill in the sign-up or
	 * forgot-password form; zero turns the check off
	 * @param sign signs when a form was shown (a keyed hash with the installation's key)
	 */
	AbuseGuard(Throttles throttles, Duration minFillTime, Clock clock, UnaryOperator<String> sign) {
		this.traps = new BotTraps(minFillTime, clock, sign);
		this.limits = new AttemptLimits(throttles);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> sendBack = traps.sendBack(request, response);
		if (sendBack.isPresent()) {
			response.sendRedirect(request.getContextPath() + sendBack.get());
			return;
		}
		Optional<Duration> wait = limits.take(request);
		if (wait.isPresent()) {
			tooMany(request, response, wait.get(), "Too many attempts.");
			return;
		}
		chain.doFilter(request, response);
		limits.countRefused(request, response);
	}

	/**
	 * Answers 429 with {@code Retry-After}: problem details on the API, the "please wait"
	 * page otherwise.
	 */
	static void tooMany(HttpServletRequest request, HttpServletResponse response, Duration wait, String what)
			throws IOException, ServletException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()));
		String message = "%s Please wait %s and try again.".formatted(what, howLong(wait));
		if (API.matches(request)) {
			ProblemJson.write(response, HttpStatus.TOO_MANY_REQUESTS, message);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		request.setAttribute("message", message);
		request.getRequestDispatcher("/too-many").forward(request, response);
	}

	/**
	 * Whole minutes, rounded up; seconds under a minute (a per-minute limit opens up
	 * again within seconds).
	 */
	private static String howLong(Duration wait) {
		long seconds = Math.max(1, wait.toSeconds());
		if (seconds < 60) {
			return "%d second%s".formatted(seconds, seconds == 1 ? "" : "s");
		}
		long minutes = (seconds + 59) / 60;
		return "%d minute%s".formatted(minutes, minutes == 1 ? "" : "s");
	}

}
