package io.expensync.rules;

import java.util.UUID;

import io.expensync.accounts.AccountNotFoundException;
import io.expensync.accounts.AccountService;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryView;
import io.expensync.transactions.TransactionType;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Rules page: the user's rules in order, moved up and down, added, changed and
 * removed, and one rule applied to the transactions already there after a look at what it
 * would change.
 */
@Controller
class RuleController {

	/** At most this many changed transactions are shown before applying a rule. */
	static final int LISTED_CHANGES = 500;

	private final RuleService rules;

	private final RuleChanges changes;

	private final AccountService accounts;

	private final CategoryService categories;

	RuleController(RuleService rules, RuleChanges changes, AccountService accounts, CategoryService categories) {
		this.rules = rules;
		this.changes = changes;
		this.accounts = accounts;
		this.categories = categories;
	}

	/** Read in one read-only transaction: one connection for the page's three reads. */
	@GetMapping("/rules")
	@Transactional(readOnly = true)
	String list(CurrentUser user, Model model) {
		model.addAttribute("rules", rules.list(user.id()));
		model.addAttribute("accountNames", accounts.names(user.id()));
		model.addAttribute("categoryNames", categories.byKey(user.id()));
		return "rules/list";
	}

	@GetMapping("/rules/new")
	String newRule(CurrentUser user, Model model) {
		return form(user, new RuleForm().padded(), null, model);
	}

	@PostMapping("/rules")
	String create(CurrentUser user, @ModelAttribute("form") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, form, result, null, model, redirect);
	}

	@GetMapping("/rules/{id}/edit")
	String edit(CurrentUser user, @PathVariable UUID id, Model model) {
		RuleView rule = rules.get(user.id(), id);
		return form(user, RuleForm.of(rule), rule, model);
	}

	@PostMapping("/rules/{id}/edit")
	String update(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") RuleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(user, form, result, rules.get(user.id(), id), model, redirect);
	}

	@PostMapping("/rules/{id}/delete")
	String delete(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		RuleView deleted = rules.delete(user.id(), id);
		redirect.addFlashAttribute("success", "Rule \"%s\" removed.".formatted(deleted.name()));
		return "redirect:/rules";
	}

	@PostMapping("/rules/{id}/up")
	String up(CurrentUser user, @PathVariable UUID id) {
		rules.moveUp(user.id(), id);
		return "redirect:/rules#rule-" + id;
	}

	@PostMapping("/rules/{id}/down")
	String down(CurrentUser user, @PathVariable UUID id) {
		rules.moveDown(user.id(), id);
		return "redirect:/rules#rule-" + id;
	}

	/** What the rule would change in the transactions already there, to confirm. */
	@GetMapping("/rules/{id}/changes")
	String changes(CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("preview", changes.preview(user.id(), id, LISTED_CHANGES));
		model.addAttribute("accountNames", accounts.names(user.id()));
		model.addAttribute("categoryNames", categories.byKey(user.id()));
		return "rules/changes";
	}

	@PostMapping("/rules/{id}/apply")
	String apply(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		RuleView rule = rules.get(user.id(), id);
		try {
			int changed = changes.apply(user.id(), id);
			redirect.addFlashAttribute("success",
					"\"%s\" changed %d transaction%s.".formatted(rule.name(), changed, changed == 1 ? "" : "s"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "Nothing was changed: " + ex.messagesInOneLine());
		}
		return "redirect:/rules";
	}

	private String save(CurrentUser user, RuleForm form, BindingResult result, @Nullable RuleView rule, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// a value no form field sends (not an id, not a type): nothing to save
			return form(user, form.padded(), rule, model);
		}
		RuleDetails details = form.toDetails(result);
		RuleView saved;
		try {
			if (result.hasErrors()) {
				// an amount that is not one: the other problems are shown with it,
				// nothing
				// is saved
				var others = rules.problems(user.id(), details);
				if (!others.isEmpty()) {
					form.reject(new InvalidInputException(others), result);
				}
				return form(user, form.padded(), rule, model);
			}
			saved = (rule == null) ? rules.create(user.id(), details) : rules.update(user.id(), rule.id(), details);
		}
		catch (InvalidInputException ex) {
			form.reject(ex, result);
			return form(user, form.padded(), rule, model);
		}
		catch (AccountNotFoundException ex) {
			result.rejectValue("accountId", "notFound", "Choose one of your accounts");
			return form(user, form.padded(), rule, model);
		}
		redirect.addFlashAttribute("success",
				"Rule \"%s\" %s.".formatted(saved.name(), (rule == null) ? "added" : "saved"));
		return "redirect:/rules";
	}

	private String form(CurrentUser user, RuleForm form, @Nullable RuleView rule, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rule", rule);
		model.addAttribute("accounts", accounts.list(user.id()));
		model.addAttribute("categories",
				categories.active(user.id())
					.stream()
					.sorted(java.util.Comparator.comparing(CategoryView::type).thenComparing(CategoryView::name))
					.toList());
		model.addAttribute("types", TransactionType.values());
		model.addAttribute("fields", TextField.values());
		model.addAttribute("operators", TextOperator.values());
		return "rules/form";
	}

}
