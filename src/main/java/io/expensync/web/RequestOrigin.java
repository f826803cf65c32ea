package io.expensync.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from, as a person reads it: the address, and a short name of the
 * browser and its system ("Firefox on Linux") rather than the whole User-Agent header.
 * Shown on the signed-in devices page and in the emails about changes to how the user
 * signs in.
 */
public record RequestOrigin(String address, String browser) {

	/** The origin of the request this thread is serving, if it serves one. */
	public static Optional<RequestOrigin> current() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? Optional.of(of(attributes.getRequest())) : Optional.empty();
	}

	public static RequestOrigin of(HttpServletRequest request) {
		return new RequestOrigin(request.getRemoteAddr(), browser(request.getHeader(HttpHeaders.USER_AGENT)));
	}

	/** "Firefox on Linux (10.0.0.7)". */
	public String describe() {
		return browser + " (" + address + ")";
	}

	/** A short, readable name for the browser and system in a User-Agent header. */
	public static String browser(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown browser";
		}
		String browser = userAgent.contains("Edg/") ? "Edge"
				: userAgent.contains("OPR/") ? "Opera"
						: userAgent.contains("Firefox/") ? "Firefox"
								: userAgent.contains("Chrome/") ? "Chrome" : userAgent.contains("Safari/") ? "Safari"
										: userAgent.contains("curl/") ? "curl" : "Other browser";
		String system = userAgent.contains("Android") ? "Android"
				: (userAgent.contains("iPhone") || userAgent.contains("iPad")) ? "iOS" : userAgent.contains("Windows")
						? "Windows"
						: userAgent.contains("Mac OS X") ? "macOS" : userAgent.contains("Linux") ? "Linux" : null;
		return (system == null) ? browser : browser + " on " + system;
	}

}
