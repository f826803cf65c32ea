package io.expensync.security.passkeys;

import java.util.UUID;

import io.expensync.apitokens.ApiTokenService;
import io.expensync.apitokens.ApiTokenView;
import io.expensync.users.CurrentUser;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review of what still signs in without the password (passkeys and API tokens), shown
 * after a password reset (see {@link CredentialReviews}) and open at any time from the
 * profile: remove what is not yours, then say you have looked.
 */
@Controller
@RequestMapping("/profile/review")
class CredentialReviewController {

	private static final String PAGE = "redirect:/profile/review";

	private final CredentialReviews reviews;

	private final PasskeyService passkeys;

	private final ApiTokenService tokens;

	CredentialReviewController(CredentialReviews reviews, PasskeyService passkeys, ApiTokenService tokens) {
		this.reviews = reviews;
		this.passkeys = passkeys;
		this.tokens = tokens;
	}

	@GetMapping
	String page(CurrentUser user, HttpSession session, Model model) {
		// seen: the next page is the one asked for
		session.removeAttribute(CredentialReviews.DUE);
		model.addAttribute("resetAt", reviews.due(user.id()).orElse(null));
		model.addAttribute("passkeys", passkeys.list(user));
		model.addAttribute("tokens", tokens.list(user.id()));
		return "security/review";
	}

	@PostMapping("/passkeys/{id}/delete")
	String removePasskey(CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		PasskeyView removed = passkeys.remove(user, id);
		redirect.addFlashAttribute("success",
				"The passkey “%s” is removed: it no longer signs you in.".formatted(removed.label()));
		return PAGE;
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ApiTokenView revoked = tokens.revoke(user, id);
		redirect.addFlashAttribute("success",
				"The token “%s” is revoked: requests that send it are refused from now on.".formatted(revoked.name()));
		return PAGE;
	}

	@PostMapping("/done")
	String done(CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		reviews.done(user.id(), session);
		redirect.addFlashAttribute("success", "Thank you. The passkeys and tokens left keep working.");
		return "redirect:/dashboard";
	}

}
