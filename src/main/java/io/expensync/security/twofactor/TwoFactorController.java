package io.expensync.security.twofactor;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.expensync.security.twofactor.TwoFactorService.PendingSecret;
import io.expensync.users.CurrentUser;
import io.expensync.web.HtmxRequest;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.RefusedException;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The profile's two-factor section: turn it on (scan, confirm with a code, note the
 * recovery codes, shown once), make new recovery codes, turn it off. The secret being set
 * up waits in the session, sealed, until a code confirms it; the recovery codes go only
 * into the response that made them.
 */
@Controller
@RequestMapping("/profile/two-factor")
class TwoFactorController {

	static final String ENROLMENT = TwoFactorController.class.getName() + ".enrolment";

	private static final String PAGE = "redirect:/profile/two-factor";

	private final TwoFactorService twoFactors;

	TwoFactorController(TwoFactorService twoFactors) {
		this.twoFactors = twoFactors;
	}

	@GetMapping
	String section(CurrentUser user, HtmxRequest htmx, HttpSession session, Model model) {
		show(user, session, model);
		return htmx.isHtmxRequest() ? "security/two-factor :: section" : "security/two-factor";
	}

	@PostMapping("/start")
	String start(CurrentUser user, HttpSession session) {
		if (!twoFactors.isOn(user.id())) {
			session.setAttribute(ENROLMENT, twoFactors.seal(user.id(), twoFactors.begin(user.email()).secret()));
		}
		return PAGE;
	}

	@PostMapping("/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(ENROLMENT);
		return PAGE;
	}

	@PostMapping("/confirm")
	String confirm(CurrentUser user, @RequestParam(defaultValue = "") String code, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(ENROLMENT) instanceof PendingSecret pending)) {
			redirect.addFlashAttribute("error", "Start again: scan the new code first.");
			return PAGE;
		}
		List<String> codes;
		try {
			codes = twoFactors.confirm(user.id(), twoFactors.unseal(user.id(), pending), code);
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("codeError", ex.getMessage());
			show(user, session, model);
			return "security/two-factor";
		}
		catch (RefusedException onAlready) {
			session.removeAttribute(ENROLMENT);
			redirect.addFlashAttribute("success", onAlready.getMessage());
			return PAGE;
		}
		session.removeAttribute(ENROLMENT);
		model.addAttribute("success", "Two-factor sign-in is on. From now on you sign in with a code too.");
		return showRecoveryCodes(user, codes, session, model);
	}

	@PostMapping("/recovery-codes")
	String renew(CurrentUser user, @RequestParam(defaultValue = "") String proof, HttpSession session, Model model,
			RedirectAttributes redirect) {
		List<String> codes;
		try {
			codes = twoFactors.renewRecoveryCodes(user.id(), proof);
		}
		catch (InvalidFieldException | OptimisticLockingFailureException ex) {
			return refused(user, "renewError", ex, session, model);
		}
		catch (RefusedException off) {
			redirect.addFlashAttribute("error", off.getMessage());
			return PAGE;
		}
		model.addAttribute("success", "New recovery codes are made; the old ones no longer work.");
		return showRecoveryCodes(user, codes, session, model);
	}

	@PostMapping("/off")
	String turnOff(CurrentUser user, @RequestParam(defaultValue = "") String proof, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			twoFactors.turnOff(user.id(), proof);
		}
		catch (InvalidFieldException | OptimisticLockingFailureException ex) {
			return refused(user, "offError", ex, session, model);
		}
		catch (RefusedException offAlready) {
			// a second click, or another tab
			redirect.addFlashAttribute("success", offAlready.getMessage());
			return PAGE;
		}
		redirect.addFlashAttribute("success", "Two-factor sign-in is off. You sign in with your password alone.");
		return PAGE;
	}

	private String refused(CurrentUser user, String where, RuntimeException ex, HttpSession session, Model model) {
		model.addAttribute(where, ex instanceof InvalidFieldException ? ex.getMessage()
				: "That code was just used. Wait for the next one.");
		show(user, session, model);
		return "security/two-factor";
	}

	private void show(CurrentUser user, HttpSession session, Model model) {
		model.addAttribute("status", twoFactors.status(user.id()).orElse(null));
		model.addAttribute("enrolment", (session.getAttribute(ENROLMENT) instanceof PendingSecret pending)
				? twoFactors.enrolment(user.email(), twoFactors.unseal(user.id(), pending)) : null);
	}

	/**
	 * The codes to show once, and the same as a text file to download, in the response to
	 * the request that made them: never through the session (a row in the database) to a
	 * page after a redirect. The page then puts its own address in the browser's history,
	 * so that a reload shows the section without them.
	 */
	private String showRecoveryCodes(CurrentUser user, List<String> codes, HttpSession session, Model model) {
		String text = "ExpenSync recovery codes: each signs you in once, in place of a code from your app.\n\n"
				+ String.join("\n", codes) + "\n";
		model.addAttribute("recoveryCodes", codes);
		model.addAttribute("recoveryCodesFile",
				"data:text/plain;charset=utf-8," + UriUtils.encode(text, StandardCharsets.UTF_8));
		show(user, session, model);
		return "security/two-factor";
	}

}
