package io.expensync.register;

import io.expensync.rates.HomeBalances;
import io.expensync.users.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /accounts}: the user's accounts with their balances and their total in the
 * user's currency. It lives here rather than in {@code accounts} because the total needs
 * exchange rates, and {@code rates} depends on {@code accounts}.
 */
@Controller
class AccountListController {

	private final HomeBalances balances;

	AccountListController(HomeBalances balances) {
		this.balances = balances;
	}

	@GetMapping("/accounts")
	String list(CurrentUser user, Model model) {
		model.addAttribute("worth", balances.total(user.id()));
		return "accounts/list";
	}

}
