package io.expensync.security.passkeys;

import io.expensync.users.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile's passkeys page: the user's passkeys with when each was added and last
 * signed in, a form that adds one (the browser's ceremony, run by {@code js/passkeys.js}
 * against Spring Security's endpoints) and a button that removes one.
 */
@Controller
@RequestMapping("/profile/passkeys")
class PasskeysController {

	private final PasskeyService passkeys;

	PasskeysController(PasskeyService passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping
	String page(CurrentUser user, Model model) {
		model.addAttribute("passkeys", passkeys.list(user));
		model.addAttribute("labelLength", PasskeyCeremonies.LABEL_LENGTH);
		return "security/passkeys";
	}

	@PostMapping("/{id}/delete")
	String remove(CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		PasskeyView removed = passkeys.remove(user, id);
		redirect.addFlashAttribute("success",
				"The passkey “%s” is removed: it no longer signs you in. You can delete it from your device too."
					.formatted(removed.label()));
		return "redirect:/profile/passkeys";
	}

}
