package io.expensync.budgets;

import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget card of the dashboard: shown, edited in place (htmx) or on its own page
 * without JavaScript.
 */
@Controller
class BudgetController {

	private final BudgetService budgets;

	BudgetController(BudgetService budgets) {
		this.budgets = budgets;
	}

	@GetMapping("/budget")
	String card(CurrentUser user, @RequestParam(defaultValue = "false") boolean edit,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		BudgetProgress budget = budgets.monthly(user).orElse(null);
		model.addAttribute("budget", budget);
		model.addAttribute("editing", edit);
		model.addAttribute("amount", budget == null ? "" : budget.budget().toPlainString());
		return htmx != null ? "budgets/card :: card" : "budgets/card";
	}

	@PostMapping("/budget")
	String save(CurrentUser user, @RequestParam(defaultValue = "") String amount,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		try {
			model.addAttribute("budget", budgets.setMonthly(user, MoneyInput.parse("amount", amount, user.currency())));
			model.addAttribute("editing", false);
		}
		catch (InvalidFieldException ex) {
			model.addAttribute("budget", budgets.monthly(user).orElse(null));
			model.addAttribute("editing", true);
			model.addAttribute("amount", amount);
			model.addAttribute("amountError", ex.getMessage());
		}
		if (htmx != null) {
			return "budgets/card :: card";
		}
		return Boolean.TRUE.equals(model.getAttribute("editing")) ? "budgets/card" : "redirect:/dashboard";
	}

}
