package io.expensync.security.passkeys;

import java.time.Clock;
import java.util.Map;

import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.web.InvalidFieldException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
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

	private final UserService users;

	private final Clock clock;

	PasskeysController(PasskeyService passkeys, UserService users, Clock clock) {
		this.passkeys = passkeys;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	String page(CurrentUser user, Model model) {
		model.addAttribute("passkeys", passkeys.list(user));
		model.addAttribute("labelLength", PasskeyCeremonies.LABEL_LENGTH);
		return "security/passkeys";
	}

	/**
	 * The current password, asked for before the browser makes a passkey: a session alone
	 * (a stolen cookie) must not add a key that outlives it and a password reset. It
	 * allows adding passkeys in this session for {@link RegistrationGuard#CONFIRMED_FOR}.
	 */
	@PostMapping(path = "/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> confirm(CurrentUser user, @RequestBody Confirmation confirmation,
			HttpSession session) {
		try {
			users.confirmPassword(user.id(), "password", String.valueOf(confirmation.password()));
		}
		catch (InvalidFieldException wrong) {
			return ResponseEntity.badRequest().body(Map.of("message", wrong.getMessage()));
		}
		RegistrationGuard.confirmed(session, clock);
		return ResponseEntity.ok(Map.of("message", "confirmed"));
	}

	record Confirmation(@Nullable String password) {
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
