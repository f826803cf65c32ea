package io.expensync.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountForm;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.transactions.TransactionFilter;
import io.expensync.transactions.TransactionSearch;
import io.expensync.users.CurrentUser;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: the accounts with their balances, and the newest transactions of
 * one of them.
 */
@Controller
class DashboardController {

	private static final int RECENT = 5;

	private final AccountService accounts;

	private final TransactionSearch transactions;

	private final CategoryService categories;

	private final boolean devMode;

	DashboardController(AccountService accounts, TransactionSearch transactions, CategoryService categories,
			@Value("${expensync.dev-mode:false}") boolean devMode) {
		this.devMode = devMode;
		this.accounts = accounts;
		this.transactions = transactions;
		this.categories = categories;
	}

	@GetMapping("/dashboard")
	String dashboard(CurrentUser user, @RequestParam(required = false) @Nullable UUID accountId, Model model) {
		List<AccountView> mine = accounts.list(user.id());
		Optional<AccountView> selected = mine.stream()
			.filter(account -> accountId != null ? account.id().equals(accountId) : account.isDefault())
			.findFirst()
			.or(() -> mine.stream().findFirst());
		model.addAttribute("accounts", mine);
		model.addAttribute("selected", selected.orElse(null));
		model.addAttribute("recent",
				selected
					.map(account -> transactions
						.search(user.id(), TransactionFilter.forAccount(account.id()), 0, RECENT)
						.getContent())
					.orElse(List.of()));
		model.addAttribute("categories", categories.byKey(user.id()));
		AccountForm form = new AccountForm();
		form.setCurrency(user.currency().getCurrencyCode());
		model.addAttribute("form", form);
		model.addAttribute("accountTypes", AccountType.values());
		model.addAttribute("devMode", devMode);
		return "dashboard/dashboard";
	}

}
