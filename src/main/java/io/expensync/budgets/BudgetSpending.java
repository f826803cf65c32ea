package io.expensync.budgets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.expensync.accounts.AccountNotFoundException;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.transactions.TransactionTotals;
import io.expensync.transactions.TransactionTotals.Total;

import org.springframework.stereotype.Component;

/**
 * What counts towards a user's budgets: the expenses of the month on the accounts the
 * user chose, or on all accounts. Runs inside the callers' transactions.
 */
@Component
class BudgetSpending {

	private final BudgetAccountRepository chosen;

	private final AccountService accounts;

	private final TransactionTotals totals;

	BudgetSpending(BudgetAccountRepository chosen, AccountService accounts, TransactionTotals totals) {
		this.chosen = chosen;
		this.accounts = accounts;
		this.totals = totals;
	}

	BudgetAccounts accounts(UUID userId) {
		List<UUID> ids = chosen.findAccountIds(userId);
		if (ids.isEmpty()) {
			return BudgetAccounts.all();
		}
		List<AccountView> counted = accounts.list(userId).stream().filter(a -> ids.contains(a.id())).toList();
		return new BudgetAccounts(counted.stream().map(AccountView::id).toList(),
				counted.stream().map(AccountView::name).toList());
	}

	/**
	 * Replaces the choice; no ids means all accounts. Every id must be one of the user's
	 * accounts, or nothing changes.
	 * @throws AccountNotFoundException for an id that is not the user's account
	 */
	BudgetAccounts choose(UUID userId, List<UUID> accountIds) {
		Set<UUID> own = new LinkedHashSet<>(accounts.list(userId).stream().map(AccountView::id).toList());
		Set<UUID> wanted = new LinkedHashSet<>(accountIds);
		for (UUID id : wanted) {
			if (!own.contains(id)) {
				throw new AccountNotFoundException(id);
			}
		}
		chosen.deleteByUser(userId);
		List<BudgetAccount> rows = new ArrayList<>();
		wanted.forEach(id -> rows.add(new BudgetAccount(userId, id)));
		chosen.saveAllAndFlush(rows);
		return accounts(userId);
	}

	/**
	 * The month's spending that counts towards the budget, in its currency; spending in
	 * other currencies converted at the rate of its day.
	 */
	Total spent(UUID userId, Budget budget, YearMonth month, BudgetAccounts counted) {
		Money amount = budget.amount();
		return budget.scope().equals(Budget.ALL)
				? totals.expenses(userId, amount.currency(), counted.accountIds(), month.atDay(1), month.atEndOfMonth())
				: totals.expensesIn(userId, amount.currency(), budget.scope(), counted.accountIds(), month.atDay(1),
						month.atEndOfMonth());
	}

}
