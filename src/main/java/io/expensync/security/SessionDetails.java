package io.expensync.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in a session, when it is signed in, where it was signed in from (the browser and
 * the address) and when, so that the user's list of sessions can tell them apart.
 */
@Component
class SessionDetails {

	static final String ATTRIBUTE = SessionDetails.class.getName();

	/** What the sessions page shows of a session besides its times. */
	record Details(Instant signedInAt, String address, String browser) implements Serializable {
	}

	private final Clock clock;

	SessionDetails(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			request.getSession()
				.setAttribute(ATTRIBUTE, new Details(clock.instant(), request.getRemoteAddr(),
						browser(request.getHeader(HttpHeaders.USER_AGENT))));
		}
	}

	/** A short, readable name for the browser and system in a User-Agent header. */
	static String browser(@Nullable String userAgent) {
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
