package io.expensync.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import io.expensync.security.Throttles.Limit;
import io.expensync.security.passkeys.PasskeySignIn;
import io.expensync.security.twofactor.TwoFactorSignIn;
import io.expensync.web.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before sign-in (password, code or passkey), sign-up and password reset: too many
 * attempts from one address, or too many failed sign-ins (passwords or sign-in codes) for
 * one account, get 429 with {@code Retry-After} (a page saying how long to wait, or
 * problem details on the API) before any password is checked; a form whose hidden
 * honeypot field was filled in (by a bot) is dropped, and the sign-up and forgot-password
 * forms sent sooner than a person can fill them in are shown again. Unknown and known
 * accounts are treated alike, so the answers tell nobody which accounts exist.
 */
class AbuseGuard extends OncePerRequestFilter {

	private static final RequestMatcher API = pathPattern("/api/**");

	/** The field people never see and bots fill in. */
	static final String HONEYPOT = "website";

	/**
	 * The cookie that says when a timed form was shown, signed with the installation's
	 * key; its path is the form's own, so only that form's POST carries it. A cookie
	 * rather than the session: an anonymous visit writes no session row.
	 */
	static final String SHOWN = "expensync-shown";

	/** A form shown longer ago than this counts as not shown. */
	private static final Duration SHOWN_FOR = Duration.ofDays(1);

	// Each route is matched as Spring Security and Spring MVC match it (decoded, so that
	// /%6Cogin is /login), never by comparing the request's raw path: no spelling of a
	// path that reaches sign-in escapes its limit.
	private static final Form SIGN_IN = new Form("/login");

	private static final Form SIGN_UP = new Form("/signup");

	private static final Form FORGOT = new Form("/password/forgot");

	private static final RequestMatcher SIGN_IN_CODE = pathPattern(HttpMethod.POST, TwoFactorSignIn.CODE_PAGE);

	private static final RequestMatcher PASSKEY_SIGN_IN = pathPattern(HttpMethod.POST, PasskeySignIn.SIGN_IN);

	private static final RequestMatcher API_SIGN_UP = pathPattern(HttpMethod.POST, "/api/v1/users");

	private static final RequestMatcher RESET = pathPattern(HttpMethod.POST, "/password/reset");

	/** The public forms with the honeypot field. */
	private static final List<Form> FORMS = List.of(SIGN_IN, SIGN_UP, FORGOT);

	/** The public forms a person fills in, which a bot sends at once. */
	private static final List<Form> TIMED_FORMS = List.of(SIGN_UP, FORGOT);

	private final Throttles throttles;

	private final Duration minFillTime;

	private final Clock clock;

	private final UnaryOperator<String> sign;

	/**
	 * @param minFillTime how long a person takes at least to fill in the sign-up or
	 * forgot-password form; zero turns the check off
	 * @param sign signs when a form was shown (a keyed hash with the installation's key)
	 */
	AbuseGuard(Throttles throttles, Duration minFillTime, Clock clock, UnaryOperator<String> sign) {
		this.throttles = throttles;
		this.minFillTime = minFillTime;
		this.clock = clock;
		this.sign = sign;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String ip = request.getRemoteAddr();
		Optional<String> basicUser = basicUser(request);
		Optional<Duration> wait = Optional.empty();
		for (Form form : FORMS) {
			if (form.sent().matches(request) && !param(request, HONEYPOT).isEmpty()) {
				response.sendRedirect(request.getContextPath() + form.path());
				return;
			}
		}
		if (!minFillTime.isZero()) {
			for (Form form : TIMED_FORMS) {
				if (form.shown().matches(request)) {
					markShown(request, response, form.path());
				}
				else if (form.sent().matches(request) && tooQuick(request, form.path())) {
					response.sendRedirect(request.getContextPath() + form.path() + "?again");
					return;
				}
			}
		}
		if (SIGN_IN.sent().matches(request)) {
			wait = first(throttles.take(Limit.SIGN_IN_PER_IP, ip),
					throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, param(request, "username")));
		}
		else if (SIGN_IN_CODE.matches(request)) {
			wait = first(throttles.take(Limit.SIGN_IN_PER_IP, ip),
					throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, signedInName()));
		}
		else if (PASSKEY_SIGN_IN.matches(request)) {
			// a passkey names no account before it is checked: only the address counts
			wait = throttles.take(Limit.SIGN_IN_PER_IP, ip);
		}
		else if (basicUser.isPresent()) {
			// each try costs a password hash: an address spraying passwords over many
			// accounts is held up like one trying many on the sign-in form; a script's
			// calls with the right password cost no attempts
			wait = first(throttles.check(Limit.SIGN_IN_PER_IP, ip),
					throttles.check(Limit.FAILED_SIGN_INS_PER_ACCOUNT, basicUser.get()));
		}
		else if (SIGN_UP.sent().matches(request)) {
			// a sign-up may email its address (see SignUpsByEmail): not more often than a
			// reset does
			wait = first(throttles.take(Limit.SIGN_UP_PER_IP, ip),
					throttles.take(Limit.SIGN_UP_EMAILS_PER_ADDRESS, param(request, "email")));
		}
		else if (API_SIGN_UP.matches(request)) {
			wait = throttles.take(Limit.SIGN_UP_PER_IP, ip);
		}
		else if (FORGOT.sent().matches(request)) {
			wait = first(throttles.take(Limit.RESET_PER_IP, ip),
					throttles.take(Limit.RESET_PER_ADDRESS, param(request, "email")));
		}
		else if (RESET.matches(request)) {
			wait = throttles.take(Limit.RESET_PER_IP, ip);
		}
		if (wait.isPresent()) {
			tooMany(request, response, wait.get(), "Too many attempts.");
			return;
		}
		chain.doFilter(request, response);
		if (basicUser.isPresent() && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			throttles.record(Limit.SIGN_IN_PER_IP, ip);
		}
	}

	private void markShown(HttpServletRequest request, HttpServletResponse response, String path) {
		String millis = Long.toString(clock.millis());
		ResponseCookie shown = ResponseCookie.from(SHOWN, millis + "." + signature(path, millis))
			.path(request.getContextPath() + path)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(SHOWN_FOR)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, shown.toString());
	}

	/**
	 * Sent sooner after the form was shown than a person can fill it in, or without the
	 * form having been shown to this browser (no cookie, or one this installation did not
	 * sign for this form) in the last day.
	 */
	private boolean tooQuick(HttpServletRequest request, String path) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return true;
		}
		long now = clock.millis();
		for (Cookie cookie : cookies) {
			if (SHOWN.equals(cookie.getName())) {
				OptionalLong shownAt = shownAt(cookie.getValue(), path);
				if (shownAt.isPresent() && now - shownAt.getAsLong() >= minFillTime.toMillis()
						&& now - shownAt.getAsLong() <= SHOWN_FOR.toMillis()) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * When the form at {@code path} was shown, if the cookie's value is signed for it.
	 */
	private OptionalLong shownAt(String value, String path) {
		int dot = value.indexOf('.');
		if (dot < 1 || dot > 18) {
			return OptionalLong.empty();
		}
		String millis = value.substring(0, dot);
		if (!millis.chars().allMatch(c -> c >= '0' && c <= '9')
				|| !MessageDigest.isEqual(signature(path, millis).getBytes(StandardCharsets.US_ASCII),
						value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(millis));
	}

	private String signature(String path, String millis) {
		return sign.apply(path + ":" + millis);
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
	static Optional<String> basicUser(HttpServletRequest request) {
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

	/** A public form: shown with GET, sent with POST, to one path. */
	private record Form(String path, RequestMatcher shown, RequestMatcher sent) {

		Form(String path) {
			this(path, pathPattern(HttpMethod.GET, path), pathPattern(HttpMethod.POST, path));
		}

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
