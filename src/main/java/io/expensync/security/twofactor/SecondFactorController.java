package io.expensync.security.twofactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.expensync.users.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page between the password and a full session, for users with two-factor sign-in:
 * the app's current code or a recovery code. A right one completes the sign-in in a new
 * session id; a wrong one counts as a failed sign-in towards the account's lockout.
 */
@Controller
class SecondFactorController {

	private final TwoFactorService twoFactors;

	private final UserService users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requests;

	SecondFactorController(TwoFactorService twoFactors, UserService users, ApplicationEventPublisher events,
			Clock clock, RequestCache savedRequests) {
		this.requests = savedRequests;
		this.twoFactors = twoFactors;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping(TwoFactorSignIn.CODE_PAGE)
	String page(@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		if (!TwoFactorSignIn.isHalfway(authentication)) {
			return "redirect:/dashboard";
		}
		if (TwoFactorSignIn.expired(request, clock)) {
			return startAgain(authentication, request, response);
		}
		return "security/code";
	}

	@PostMapping(TwoFactorSignIn.CODE_PAGE)
	String check(@RequestParam(defaultValue = "") String code, @Nullable Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (authentication == null || !TwoFactorSignIn.isHalfway(authentication)) {
			return "redirect:/dashboard";
		}
		if (TwoFactorSignIn.expired(request, clock)) {
			return startAgain(authentication, request, response);
		}
		if (!right(authentication, code)) {
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(authentication,
					new BadCredentialsException("wrong second factor")));
			model.addAttribute("error", "That code is not right, or it was used already.");
			return "security/code";
		}
		Authentication full = withCode(authentication);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		request.getSession().removeAttribute(TwoFactorSignIn.PENDING_SINCE);
		// a new session id for the full session, as after the password
		request.changeSessionId();
		events.publishEvent(new AuthenticationSuccessEvent(full));
		SavedRequest saved = requests.getRequest(request, response);
		if (saved != null) {
			requests.removeRequest(request, response);
			return "redirect:" + saved.getRedirectUrl();
		}
		return "redirect:/dashboard";
	}

	private boolean right(Authentication authentication, String code) {
		if (code.isBlank() || code.length() > 40) {
			return false;
		}
		try {
			return users.credentials(authentication.getName())
				.map(user -> twoFactors.verify(user.id(), code))
				.orElse(false);
		}
		catch (OptimisticLockingFailureException sameCodeAtTheSameTime) {
			return false;
		}
	}

	private Authentication withCode(Authentication halfway) {
		List<GrantedAuthority> authorities = new ArrayList<>(halfway.getAuthorities());
		authorities.add(FactorGrantedAuthority.withAuthority(TwoFactorSignIn.FACTOR).issuedAt(clock.instant()).build());
		UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken
			.authenticated(halfway.getPrincipal(), null, authorities);
		full.setDetails(halfway.getDetails());
		return full;
	}

	/** Too long since the password: sign out, and back to the sign-in page. */
	private String startAgain(@Nullable Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?expired";
	}

}
