package io.expensync.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What gives a bot away on the public forms: a hidden honeypot field filled in, or the
 * sign-up or forgot-password form sent sooner than a person can fill it in (or without it
 * having been shown to this browser).
 */
class BotTraps {

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

	/** The public forms with the honeypot field. */
	private static final List<PublicForm> FORMS = List.of(PublicForm.SIGN_IN, PublicForm.SIGN_UP, PublicForm.FORGOT);

	/** The public forms a person fills in, which a bot sends at once. */
	private static final List<PublicForm> TIMED_FORMS = List.of(PublicForm.SIGN_UP, PublicForm.FORGOT);

	private final Duration minFillTime;

	private final Clock clock;

	private final UnaryOperator<String> sign;

	/**
	 * @param minFillTime how long a person takes at least to fill in the sign-up or
	 * forgot-password form; zero turns the check off
	 * @param sign signs when a form was shown (a keyed hash with the installation's key)
	 */
	BotTraps(Duration minFillTime, Clock clock, UnaryOperator<String> sign) {
		this.minFillTime = minFillTime;
		this.clock = clock;
		this.sign = sign;
	}

	/**
	 * Where to send a form back to (within the application) when a bot gave itself away
	 * sending it; empty otherwise. A timed form being shown gets its cookie.
	 */
	Optional<String> sendBack(HttpServletRequest request, HttpServletResponse response) {
		for (PublicForm form : FORMS) {
			// the parameters only of a public form's POST: reading them parses any
			// request's body, and a broken upload would then fail here, before the API
			// could answer it with problem details
			if (form.sent().matches(request)) {
				String honeypot = request.getParameter(HONEYPOT);
				if (honeypot != null && !honeypot.isEmpty()) {
					return Optional.of(form.path());
				}
			}
		}
		if (!minFillTime.isZero()) {
			for (PublicForm form : TIMED_FORMS) {
				if (form.shown().matches(request)) {
					markShown(request, response, form.path());
				}
				else if (form.sent().matches(request) && tooQuick(request, form.path())) {
					return Optional.of(form.path() + "?again");
				}
			}
		}
		return Optional.empty();
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

}
