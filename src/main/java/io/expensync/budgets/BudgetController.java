package io.expensync.budgets;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryType;
import io.expensync.users.CurrentUser;
import io.expensync.web.HtmxRequest;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget card of the dashboard: shown, edited in place (htmx) or on its own page
 * without JavaScript.
 */
@Controller
class BudgetController {

	private final BudgetService budgets;

	private final CategoryService categories;

	private final AccountService accounts;

	private final Clock clock;

	BudgetController(BudgetService budgets, CategoryService categories, AccountService accounts, Clock clock) {
		this.budgets = budgets;
		this.categories = categories;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Read in one read-only transaction: one connection for the page's five reads. */
	@GetMapping("/budgets")
	@Transactional(readOnly = true)
	String list(CurrentUser user, Model model) {
		List<BudgetProgress> all = budgets.all(user);
		model.addAttribute("budgets", all);
		model.addAttribute("month", user.currentMonth(clock));
		model.addAttribute("categories", categories.byKey(user.id()));
		model.addAttribute("accounts", accounts.list(user.id()));
		model.addAttribute("counted", budgets.countedAccounts(user));
		model.addAttribute("unbudgeted",
				categories.active(user.id())
					.stream()
					.filter(category -> category.type() == CategoryType.EXPENSE)
					.filter(category -> all.stream().noneMatch(budget -> budget.scope().equals(category.key())))
					.toList());
		return "budgets/list";
	}

	/**
	 * Adds or changes a budget from the budgets page; errors come back as a message above
	 * the form.
	 */
	@PostMapping("/budgets")
	String set(CurrentUser user, @RequestParam String scope, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "80, 100") String thresholds, RedirectAttributes redirect) {
		try {
			budgets.set(user, new BudgetSetting(scope, amount, user.currency(), percentages(thresholds)));
			redirect.addFlashAttribute("success", "Budget saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.messagesInOneLine());
		}
		return "redirect:/budgets";
	}

	/**
	 * Chooses the accounts that count towards the budgets: "All accounts", or the ticked
	 * ones (none ticked counts all).
	 */
	@PostMapping("/budgets/accounts")
	String countAccounts(CurrentUser user, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(name = "accountIds", required = false) @Nullable List<UUID> accountIds,
			RedirectAttributes redirect) {
		BudgetAccounts counted = budgets.countAccounts(user,
				all || accountIds == null ? AccountsToCount.all() : new AccountsToCount(accountIds));
		redirect.addFlashAttribute("success", "Budgets now count the expenses on " + counted.describe() + ".");
		return "redirect:/budgets";
	}

	@PostMapping("/budgets/{scope}/delete")
	String remove(CurrentUser user, @PathVariable String scope, RedirectAttributes redirect) {
		budgets.remove(user, scope);
		redirect.addFlashAttribute("success", "Budget removed.");
		return "redirect:/budgets";
	}

	private static List<Integer> percentages(String text) {
		try {
			return Arrays.stream(text.split("[,; ]+")).filter(part -> !part.isBlank()).map(Integer::valueOf).toList();
		}
		catch (NumberFormatException ex) {
			throw new InvalidFieldException("thresholds", "Write the alert percentages as whole numbers, e.g. 80, 100");
		}
	}

	@GetMapping("/budget")
	String card(CurrentUser user, @RequestParam(defaultValue = "false") boolean edit, HtmxRequest htmx, Model model) {
		BudgetProgress budget = budgets.monthly(user).orElse(null);
		model.addAttribute("budget", budget);
		model.addAttribute("editing", edit);
		model.addAttribute("amount", budget == null ? "" : budget.budget().toPlainString());
		return htmx.isHtmxRequest() ? "budgets/card :: card" : "budgets/card";
	}

	@PostMapping("/budget")
	String save(CurrentUser user, @RequestParam(defaultValue = "") String amount, HtmxRequest htmx, Model model) {
		try {
			model.addAttribute("budget",
					budgets.set(user, new BudgetSetting(Budget.ALL, amount, user.currency(), null)));
			model.addAttribute("editing", false);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("budget", budgets.monthly(user).orElse(null));
			model.addAttribute("editing", true);
			model.addAttribute("amount", amount);
			model.addAttribute("amountError", ex.getMessage());
		}
		if (htmx.isHtmxRequest()) {
			return "budgets/card :: card";
		}
		return Boolean.TRUE.equals(model.getAttribute("editing")) ? "budgets/card" : "redirect:/dashboard";
	}

}
