package io.expensync.apitokens;

import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.HtmxRequest;
import io.expensync.web.InvalidFieldException;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The profile's API tokens section, on its own page and loaded into the profile page: the
 * tokens with when each was made, last used and expires; revoke one; make one, its secret
 * shown once.
 */
@Controller
@RequestMapping("/profile/tokens")
class ApiTokenController {

	private static final String PAGE = "apitokens/tokens";

	private final ApiTokenService tokens;

	ApiTokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String page(CurrentUser user, HtmxRequest htmx, Model model) {
		model.addAttribute("form", new ApiTokenForm());
		show(user, model);
		return htmx.isHtmxRequest() ? PAGE + " :: section" : PAGE;
	}

	/**
	 * Shows the new secret in this very response rather than after a redirect: a flash
	 * attribute would hold it in the session, and sessions are kept in the database.
	 */
	@PostMapping
	String create(CurrentUser user, @Valid @ModelAttribute("form") ApiTokenForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("created", tokens.create(user, form));
				model.addAttribute("apiBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
				// an empty form for the next token; the form binds its own object
				form.setName("");
				form.setPassword("");
			}
			catch (InvalidFieldException ex) {
				ex.rejectIn(result);
			}
			catch (DataIntegrityViolationException sameNameAtTheSameTime) {
				result.rejectValue("name", "taken", "You have a token of that name already. Choose another name.");
			}
		}
		show(user, model);
		return PAGE;
	}

	@PostMapping("/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		ApiTokenView revoked = tokens.revoke(user, id);
		redirect.addFlashAttribute("success",
				"The token “%s” is revoked: requests that send it are refused from now on.".formatted(revoked.name()));
		return "redirect:/profile/tokens";
	}

	private void show(CurrentUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.id()));
		model.addAttribute("lifetimes", ApiTokenLifetime.values());
	}

}
