package io.expensync.users;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import io.expensync.users.password.PasswordChangeForm;
import io.expensync.users.password.PasswordChanges;
import io.expensync.users.signup.SignUpForm;
import io.expensync.users.signup.SignUpsByEmail;
import io.expensync.users.store.User;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.RefusedException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-up and profile pages. Sign-in and sign-out are the security module's. */
@Controller
class UserController {

	private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY",
			"INR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "BRL", "MXN", "ZAR", "SGD", "HKD", "CNY", "KRW");

	private static final List<String> LOCALES = List.of("en-US", "en-GB", "en-IE", "en-IN", "de-DE", "de-CH", "fr-FR",
			"fr-CH", "es-ES", "it-IT", "nl-NL", "pt-BR", "sv-SE", "pl-PL", "ja-JP");

	private final UserService users;

	private final PasswordChanges passwords;

	private final SignUpsByEmail signUps;

	UserController(UserService users, PasswordChanges passwords, SignUpsByEmail signUps) {
		this.users = users;
		this.passwords = passwords;
		this.signUps = signUps;
	}

	@ModelAttribute("currencies")
	List<String> currencies() {
		return CURRENCIES;
	}

	@ModelAttribute("locales")
	List<String> locales() {
		return LOCALES;
	}

	@ModelAttribute("timezones")
	List<String> timezones() {
		return Stream.concat(Stream.of("UTC"),
				ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")))
			.sorted()
			.toList();
	}

	@GetMapping("/signup")
	String signUpPage(Model model) {
		model.addAttribute("form", new SignUpForm());
		model.addAttribute("registrationOpen", users.registrationOpen());
		return "users/signup";
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletRequest request,
			RedirectAttributes redirect, Model model) {
		model.addAttribute("registrationOpen", users.registrationOpen());
		if (result.hasErrors()) {
			return "users/signup";
		}
		try {
			if (signUps.byEmail()) {
				// the same answer whether or not the address has an account: the email
				// tells which
				signUps.ask(form.toSignUp());
				model.addAttribute("sent", SignUpsByEmail.SENT.formatted(User.normalise(form.getEmail())));
				return "users/signup";
			}
			users.signUp(form.toSignUp());
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return "users/signup";
		}
		catch (RegistrationClosedException ex) {
			result.reject("closed", ex.getMessage());
			return "users/signup";
		}
		try {
			request.login(form.getEmail(), form.getPassword());
			request.changeSessionId();
		}
		catch (ServletException ex) {
			redirect.addFlashAttribute("success", "Your account is ready. Sign in to start.");
			return "redirect:/login";
		}
		redirect.addFlashAttribute("success", "Welcome to ExpenSync! Add your first account to begin.");
		return "redirect:/dashboard";
	}

	@GetMapping("/signup/finish")
	String finishPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("email", signUps.pending(token).orElse(null));
		return "users/signup-finish";
	}

	/**
	 * Opening the link shows a button: a mail scanner that fetches links makes no
	 * account.
	 */
	@PostMapping("/signup/finish")
	String finish(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
		try {
			signUps.finish(token);
		}
		catch (InvalidFieldException ex) {
			if ("token".equals(ex.field())) {
				model.addAttribute("token", token);
				model.addAttribute("error", ex.getMessage());
				return "users/signup-finish";
			}
			redirect.addFlashAttribute("success", "This address has an account already. Sign in.");
			return "redirect:/login";
		}
		catch (RegistrationClosedException ex) {
			model.addAttribute("token", token);
			model.addAttribute("error", ex.getMessage());
			return "users/signup-finish";
		}
		redirect.addFlashAttribute("success",
				"Your account is ready and your address confirmed. " + "Sign in with the password you chose.");
		return "redirect:/login";
	}

	@GetMapping("/profile")
	String profilePage(CurrentUser user, Model model) {
		UserView view = users.get(user.id());
		model.addAttribute("form", ProfileForm.of(view));
		address(view, model);
		return "users/profile";
	}

	/**
	 * The profile page's address section (the address and whether it is confirmed) and
	 * the empty password and deletion forms, unless one is being shown again with its
	 * errors.
	 */
	private static void address(UserView view, Model model) {
		model.addAttribute("email", view.email());
		model.addAttribute("verified", view.emailVerified());
		if (!model.containsAttribute("passwordChange")) {
			model.addAttribute("passwordChange", new PasswordChangeForm());
		}
		if (!model.containsAttribute("deletion")) {
			model.addAttribute("deletion", new AccountDeletionForm());
		}
	}

	/**
	 * Changes the password on the current one. This browser stays signed in; the others
	 * are signed out once the change is saved (see {@link CredentialsChanged}).
	 */
	@PostMapping("/profile/password")
	String changePassword(CurrentUser user, @ModelAttribute("passwordChange") PasswordChangeForm form,
			BindingResult result, RedirectAttributes redirect, Model model) {
		UserView view = users.get(user.id());
		model.addAttribute("form", ProfileForm.of(view));
		address(view, model);
		if (result.hasErrors()) {
			return "users/profile";
		}
		try {
			passwords.change(user.id(), form.toChange());
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return "users/profile";
		}
		redirect.addFlashAttribute("success",
				"Your password is changed. Every other browser signed in to your account was signed out.");
		return "redirect:/profile";
	}

	/**
	 * Deletes the account and all its data, then ends this session and sends the browser
	 * to the sign-in page. A wrong password or confirmation shows the form again.
	 */
	@PostMapping("/profile/delete")
	String deleteAccount(CurrentUser user, @ModelAttribute("deletion") AccountDeletionForm deletion,
			BindingResult result, HttpServletRequest request, Model model) throws ServletException {
		UserView view = users.get(user.id());
		model.addAttribute("form", ProfileForm.of(view));
		address(view, model);
		if (result.hasErrors()) {
			return "users/profile";
		}
		try {
			users.delete(user.id(), deletion.toDeletion());
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return "users/profile";
		}
		catch (RefusedException ex) {
			result.reject("admin", ex.getMessage());
			return "users/profile";
		}
		request.logout();
		return "redirect:/login?deleted";
	}

	@PostMapping("/profile")
	String updateProfile(CurrentUser user, @ModelAttribute("form") ProfileForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		address(users.get(user.id()), model);
		if (result.hasErrors()) {
			return "users/profile";
		}
		try {
			users.updateProfile(user.id(), form.toSettings());
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return "users/profile";
		}
		redirect.addFlashAttribute("success", "Profile saved.");
		return "redirect:/profile";
	}

}
