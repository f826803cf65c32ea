package io.expensync.budgets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import io.expensync.money.Money;
import io.expensync.transactions.TransactionTotals;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's monthly budget for all spending. The month is the current month in the
 * user's timezone, and spending is every expense on every account in the budget's
 * currency.
 */
@Service
public class BudgetService {

	private final BudgetRepository budgets;

	private final TransactionTotals totals;

	private final Clock clock;

	BudgetService(BudgetRepository budgets, TransactionTotals totals, Clock clock) {
		this.budgets = budgets;
		this.totals = totals;
		this.clock = clock;
	}

	/** This month's progress, or empty when the user has set no budget. */
	@Transactional(readOnly = true)
	public Optional<BudgetProgress> monthly(CurrentUser user) {
		YearMonth month = user.currentMonth(clock);
		return budgets.findByUserIdAndScope(user.id(), Budget.ALL)
			.map(Budget::amount)
			.map(budget -> new BudgetProgress(month, budget,
					totals.expenses(user.id(), budget.currency(), month.atDay(1), month.atEndOfMonth())));
	}

	/** Sets the monthly budget, in the user's currency. */
	@Transactional
	public BudgetProgress setMonthly(CurrentUser user, Money amount) {
		if (!amount.isPositive()) {
			throw new InvalidFieldException("amount", "A budget must be greater than zero");
		}
		budgets.findByUserIdAndScope(user.id(), Budget.ALL)
			.ifPresentOrElse(budget -> budget.change(amount, clock.instant()),
					() -> budgets.save(new Budget(user.id(), Budget.ALL, amount, clock.instant())));
		budgets.flush();
		return monthly(user).orElseThrow();
	}

}
