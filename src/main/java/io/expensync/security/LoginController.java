package io.expensync.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page; Spring Security's form login handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/dashboard";
		}
		return "security/login";
	}

	/** Where {@link AbuseGuard} sends a page request that must wait. */
	@RequestMapping("/too-many")
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany() {
		return "security/too-many";
	}

}
