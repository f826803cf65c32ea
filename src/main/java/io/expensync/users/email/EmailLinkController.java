package io.expensync.users.email;

import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.RefusedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the emailed links: asking for a reset link when the password is forgotten,
 * choosing a new one through it, and confirming the address (or asking for a new link).
 * Anyone may open them, since they are reached from an email or the sign-in page.
 */
@Controller
class EmailLinkController {

	static final String SENT = "If an account uses that address, we have sent it a link to choose a new password. "
			+ "It works for an hour.";

	private final EmailLinks links;

	EmailLinkController(EmailLinks links) {
		this.links = links;
	}

	@GetMapping("/password/forgot")
	String forgotPage() {
		return "users/password-forgot";
	}

	/** The same answer whether or not the address has an account. */
	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
			model.addAttribute("error", "Enter the email address you sign in with.");
			model.addAttribute("email", email);
			return "users/password-forgot";
		}
		links.requestPasswordReset(email);
		model.addAttribute("sent", SENT);
		return "users/password-forgot";
	}

	@GetMapping("/password/reset")
	String resetPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", links.resetLinkValid(token));
		return "users/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		model.addAttribute("valid", true);
		if (!password.equals(confirm)) {
			model.addAttribute("error", "The two passwords differ.");
			return "users/password-reset";
		}
		try {
			links.resetPassword(token, password);
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("valid", !"token".equals(ex.field()));
			model.addAttribute("error", ex.getMessage());
			return "users/password-reset";
		}
		redirect.addFlashAttribute("success", "Your password is changed. Sign in with the new one.");
		return "redirect:/login";
	}

	@GetMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("verified", links.verifyAddress(token));
		return "users/verified";
	}

	@PostMapping("/profile/verify")
	String sendVerification(CurrentUser user, RedirectAttributes redirect) {
		try {
			links.sendVerification(user.id());
			redirect.addFlashAttribute("success", "We have sent a new link to " + user.email() + ".");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("success", ex.getMessage());
		}
		return "redirect:/profile";
	}

}
