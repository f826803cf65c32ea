package io.expensync.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.budgets.BudgetProgress;
import io.expensync.budgets.BudgetService;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryView;
import io.expensync.money.Money;
import io.expensync.transactions.TransactionFilter;
import io.expensync.transactions.TransactionSearch;
import io.expensync.transactions.TransactionTotals;
import io.expensync.transactions.TransactionTotals.CategoryTotal;
import io.expensync.transactions.TransactionTotals.Spending;
import io.expensync.transactions.TransactionView;
import io.expensync.users.CurrentUser;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads what the dashboard shows from the modules that own it; computes nothing it could
 * ask for.
 */
@Service
class DashboardOverview {

	static final int RECENT = 5;

	private final AccountService accounts;

	private final TransactionSearch search;

	private final TransactionTotals totals;

	private final CategoryService categories;

	private final BudgetService budgets;

	DashboardOverview(AccountService accounts, TransactionSearch search, TransactionTotals totals,
			CategoryService categories, BudgetService budgets) {
		this.accounts = accounts;
		this.search = search;
		this.totals = totals;
		this.categories = categories;
		this.budgets = budgets;
	}

	List<AccountView> accounts(CurrentUser user) {
		return accounts.list(user.id());
	}

	/** The chosen account if it is the user's, else the default one. */
	Optional<AccountView> selected(List<AccountView> mine, @Nullable UUID accountId) {
		return mine.stream()
			.filter(account -> account.id().equals(accountId))
			.findFirst()
			.or(() -> mine.stream().filter(AccountView::isDefault).findFirst())
			.or(() -> mine.stream().findFirst());
	}

	List<TransactionView> recent(CurrentUser user, Optional<AccountView> account) {
		return account.map(chosen -> search.newest(user.id(), TransactionFilter.forAccount(chosen.id()), RECENT))
			.orElse(List.of());
	}

	Optional<BudgetProgress> budget(CurrentUser user) {
		return budgets.monthly(user);
	}

	/**
	 * This month's expenses in the user's currency per category, in the category's
	 * colour.
	 */
	Spending spending(CurrentUser user) {
		return totals.spendingThisMonth(user.id(), user.currency(), user.zone());
	}

	/**
	 * The month's spending per category as slices of the pie, in the category's colour.
	 */
	List<SpendingSlice> slices(CurrentUser user, Spending spending, Map<String, CategoryView> byKey) {
		List<CategoryTotal> perCategory = spending.byCategory();
		Money all = perCategory.stream().map(CategoryTotal::total).reduce(Money.zero(user.currency()), Money::plus);
		return perCategory.stream().map(total -> {
			CategoryView category = total.category() == null ? null : byKey.get(total.category());
			BigDecimal percent = all.isZero() ? BigDecimal.ZERO
					: total.total().ratioTo(all, 4).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
			return new SpendingSlice(category == null ? "Uncategorised" : category.name(),
					category == null ? "#94a3b8" : category.colour(), total.total(), percent);
		}).toList();
	}

	Map<String, CategoryView> categories(CurrentUser user) {
		return categories.byKey(user.id());
	}

}
