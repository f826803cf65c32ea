package io.expensync.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;

import io.expensync.web.RequestOrigin;
import jakarta.servlet.http.HttpServletRequest;

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
			RequestOrigin origin = RequestOrigin.of(request);
			request.getSession()
				.setAttribute(ATTRIBUTE, new Details(clock.instant(), origin.address(), origin.browser()));
		}
	}

}
