package io.expensync.accounts;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.expensync.users.CurrentUser;
import io.expensync.web.HtmxRequest;
import io.expensync.web.InvalidInputException;
import io.expensync.web.LocalPath;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages to add, edit and delete an account and to make it the default. The account's own
 * page is its ledger, and the list of accounts (with their total across currencies) is in
 * {@code register}.
 */
@Controller
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("accountTypes")
	AccountType[] accountTypes() {
		return AccountType.values();
	}

	@GetMapping("/accounts/new")
	String newAccount(CurrentUser user, Model model) {
		AccountForm form = new AccountForm();
		form.setCurrency(user.currency().getCurrencyCode());
		model.addAttribute("form", form);
		return "accounts/form";
	}

	@PostMapping("/accounts")
	String create(CurrentUser user, @ModelAttribute("form") AccountForm form, BindingResult result,
			@RequestParam(defaultValue = "") String returnTo, HtmxRequest htmx, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		AccountView account = null;
		if (!result.hasErrors()) {
			try {
				account = accounts.create(user.id(), form.toNewAccount());
			}
			catch (InvalidInputException ex) {
				ex.rejectIn(result);
			}
		}
		if (htmx.isHtmxRequest()) {
			// from the transaction form: add the new account to its list, or show the
			// errors in the dialog
			if (account == null) {
				response.setHeader("HX-Retarget", "#newAccountForm");
				response.setHeader("HX-Reswap", "outerHTML");
				model.addAttribute("newAccount", form);
				model.addAttribute("newAccountErrors", errorsByField(result));
				model.addAttribute("accountTypes", AccountType.values());
				return "accounts/fragments :: modalForm";
			}
			response.setHeader("HX-Trigger", "accountCreated");
			model.addAttribute("account", account);
			return "accounts/fragments :: createdAccountOption";
		}
		if (account == null) {
			return "accounts/form";
		}
		redirect.addFlashAttribute("success", "Account \"%s\" created.".formatted(account.name()));
		return LocalPath.isLocal(returnTo) ? "redirect:" + returnTo : "redirect:/accounts/" + account.id();
	}

	private static Map<String, String> errorsByField(BindingResult result) {
		Map<String, String> errors = new HashMap<>();
		result.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
		result.getGlobalErrors().forEach(error -> errors.putIfAbsent("global", error.getDefaultMessage()));
		return errors;
	}

	@GetMapping("/accounts/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		AccountView account = accounts.get(user.id(), id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return "accounts/form";
	}

	@PostMapping("/accounts/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AccountView account = accounts.get(user.id(), id);
		model.addAttribute("account", account);
		if (result.hasErrors()) {
			return "accounts/form";
		}
		try {
			accounts.update(user.id(), id, form.toChange());
		}
		catch (InvalidInputException ex) {
			ex.rejectIn(result);
			return "accounts/form";
		}
		redirect.addFlashAttribute("success", "Account saved.");
		return "redirect:/accounts/" + id;
	}

	@GetMapping("/accounts/{id}/delete")
	String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("account", accounts.get(user.id(), id));
		return "accounts/delete";
	}

	@PostMapping("/accounts/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmReconciled, Model model, RedirectAttributes redirect) {
		AccountView account = accounts.get(user.id(), id);
		try {
			accounts.delete(user.id(), id, confirmReconciled);
		}
		catch (ReconciledTransfersRefused ex) {
			model.addAttribute("account", account);
			model.addAttribute("reconciledTransfers", ex.transfers());
			return "accounts/delete";
		}
		redirect.addFlashAttribute("success",
				"Account \"%s\" deleted with its transactions.".formatted(account.name()));
		return "redirect:/dashboard";
	}

	@PostMapping("/accounts/{id}/default")
	String makeDefault(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		AccountView account = accounts.makeDefault(user.id(), id);
		redirect.addFlashAttribute("success", "\"%s\" is now your default account.".formatted(account.name()));
		return "redirect:/dashboard";
	}

}
