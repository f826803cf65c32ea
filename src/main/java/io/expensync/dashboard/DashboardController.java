package io.expensync.dashboard;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountForm;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryView;
import io.expensync.rates.HomeBalances;
import io.expensync.transactions.TransactionTotals.Spending;
import io.expensync.users.CurrentUser;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: this month's budget, the accounts with their balances and their
 * total in the user's currency, the newest transactions of one account and this month's
 * spending per category.
 */
@Controller
class DashboardController {

	private final DashboardOverview overview;

	private final HomeBalances balances;

	private final Clock clock;

	private final boolean devMode;

	DashboardController(DashboardOverview overview, HomeBalances balances, Clock clock,
			@Value("${expensync.dev-mode:false}") boolean devMode) {
		this.overview = overview;
		this.balances = balances;
		this.clock = clock;
		this.devMode = devMode;
	}

	/**
	 * Read in one read-only transaction: one connection and one session for the page's
	 * seven reads, not one each.
	 */
	@GetMapping("/dashboard")
	@Transactional(readOnly = true)
	String dashboard(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId,
			@RequestHeader(name = "HX-Target", required = false) @Nullable String htmxTarget, Model model) {
		List<AccountView> accounts = overview.accounts(user);
		Optional<AccountView> selected = overview.selected(accounts, accountId);
		model.addAttribute("accounts", accounts);
		model.addAttribute("selected", selected.orElse(null));
		model.addAttribute("recent", overview.recent(user, selected));
		Map<String, CategoryView> categories = overview.categories(user);
		model.addAttribute("categories", categories);
		if ("recent".equals(htmxTarget)) {
			return "dashboard/dashboard :: recent";
		}
		model.addAttribute("worth", balances.total(user, accounts));
		model.addAttribute("budget", overview.budget(user).orElse(null));
		model.addAttribute("editing", false);
		Spending spending = overview.spending(user);
		model.addAttribute("spending", overview.slices(user, spending, categories));
		model.addAttribute("spendingConversions", spending.conversions());
		model.addAttribute("month", user.currentMonth(clock));
		AccountForm form = new AccountForm();
		form.setCurrency(user.currency().getCurrencyCode());
		model.addAttribute("newAccount", form);
		model.addAttribute("accountTypes", AccountType.values());
		model.addAttribute("devMode", devMode);
		return "dashboard/dashboard";
	}

}
