package io.expensync.budgets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryType;
import io.expensync.money.Money;
import io.expensync.transactions.TransactionTotals.Total;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;
import io.expensync.web.Commands;
import io.expensync.web.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's monthly budgets: one for all spending and any number for expense categories.
 * The month is the current month in the user's timezone; spending counts every expense in
 * the budget's currency on the accounts the user chose to count (all accounts until they
 * choose).
 */
@Service
public class BudgetService {

	static final List<Integer> DEFAULT_THRESHOLDS = List.of(80, 100);

	static final String ALL_SPENDING = "All spending";

	private final BudgetRepository budgets;

	private final BudgetSpending spending;

	private final CategoryService categories;

	private final BudgetAlerts alerts;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final UserService users;

	private final Clock clock;

	BudgetService(BudgetRepository budgets, BudgetSpending spending, CategoryService categories, BudgetAlerts alerts,
			ApplicationEventPublisher events, Commands commands, UserService users, Clock clock) {
		this.budgets = budgets;
		this.spending = spending;
		this.categories = categories;
		this.alerts = alerts;
		this.events = events;
		this.commands = commands;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Sends, at most once each, the alerts of this month's thresholds that the user's
	 * spending has reached. It runs after the change that caused it has committed, never
	 * inside it; it joins the caller's transaction, if any, so that it never asks for a
	 * second connection while one is held.
	 * @return how many alerts went out
	 */
	@Transactional
	public int checkAlerts(CurrentUser user) {
		return sendAlerts(user);
	}

	/**
	 * {@link #checkAlerts(CurrentUser)} for a user known by id: the user is read only
	 * when they have a budget, so a change of a user without one costs one query. A user
	 * deleted since has none left to check.
	 * @return how many alerts went out
	 */
	@Transactional
	public int checkAlerts(UUID userId) {
		List<Budget> locked = budgets.lockAllOfUser(userId);
		if (locked.isEmpty()) {
			return 0;
		}
		return users.find(userId).map(user -> sendAlerts(user, locked)).orElse(0);
	}

	private int sendAlerts(CurrentUser user) {
		List<Budget> locked = budgets.lockAllOfUser(user.id());
		return locked.isEmpty() ? 0 : sendAlerts(user, locked);
	}

	private int sendAlerts(CurrentUser user, List<Budget> locked) {
		int sent = 0;
		BudgetAccounts counted = spending.accounts(user.id());
		for (Budget budget : locked) {
			BudgetProgress progress = progress(user, budget, counted);
			String category = progress.coversAll() ? null : categories.get(user.id(), budget.scope()).name();
			sent += alerts.sendReached(user.id(), budget.id(), progress, category);
		}
		return sent;
	}

	@Transactional(readOnly = true)
	public List<UUID> usersWithBudgets() {
		return budgets.findUsersWithBudgets();
	}

	/**
	 * This month's progress of the budget for all spending, or empty when the user has
	 * set none.
	 */
	@Transactional(readOnly = true)
	public Optional<BudgetProgress> monthly(CurrentUser user) {
		return budgets.findByUserIdAndScope(user.id(), Budget.ALL)
			.map(budget -> progress(user, budget, spending.accounts(user.id())));
	}

	/**
	 * Every budget of the user with this month's progress: all spending first, then
	 * categories by key.
	 */
	@Transactional(readOnly = true)
	public List<BudgetProgress> all(CurrentUser user) {
		BudgetAccounts counted = spending.accounts(user.id());
		return budgets.findByUserIdOrderByScopeAsc(user.id())
			.stream()
			.map(budget -> progress(user, budget, counted))
			.toList();
	}

	/**
	 * Every budget of the user, as set now, with what was spent against it in
	 * {@code month}.
	 */
	@Transactional(readOnly = true)
	public List<BudgetProgress> allIn(CurrentUser user, YearMonth month) {
		BudgetAccounts counted = spending.accounts(user.id());
		return budgets.findByUserIdOrderByScopeAsc(user.id())
			.stream()
			.map(budget -> progress(user, budget, month, counted))
			.toList();
	}

	/**
	 * Sets the budget of a scope ({@code ALL}, or an expense category's key) with the
	 * percentages at which to alert: 1 to 5 of them, each from 1 to 500.
	 * @throws InvalidInputException naming each field that is not valid, or
	 * {@code category} for a scope that is not one of the user's expense categories
	 */
	@Transactional
	public BudgetProgress set(CurrentUser user, BudgetSetting setting) {
		commands.valid(setting);
		String scope = setting.scope();
		String name = Budget.ALL.equals(scope) ? ALL_SPENDING
				: categories.require(user.id(), scope, CategoryType.EXPENSE).name();
		// all the user's budgets are locked first, in the order an alert check locks
		// them,
		// so a change and a check of the same user queue instead of deadlocking
		Budget budget = budgets.lockAllOfUser(user.id())
			.stream()
			.filter(mine -> mine.scope().equals(scope))
			.findFirst()
			.orElse(null);
		BudgetChanged.Terms before = (budget != null) ? budget.terms() : null;
		List<Integer> sorted = BudgetSetting.sortedThresholds((setting.thresholds() != null) ? setting.thresholds()
				: (budget != null) ? budget.thresholds() : DEFAULT_THRESHOLDS);
		Money amount = setting.money();
		if (budget == null) {
			budget = budgets.save(new Budget(user.id(), scope, amount, sorted, clock.instant()));
		}
		else {
			budget.change(amount, sorted, clock.instant());
		}
		budgets.flush();
		events.publishEvent(new BudgetChanged(user.id(), scope, name, before, budget.terms()));
		// a lower budget can be crossed at once; its alerts commit with it
		sendAlerts(user);
		return progress(user, budget, spending.accounts(user.id()));
	}

	@Transactional
	public void remove(CurrentUser user, String scope) {
		Budget budget = budgets.findByUserIdAndScope(user.id(), scope)
			.orElseThrow(() -> new BudgetNotFoundException(scope));
		budgets.delete(budget);
		String name = Budget.ALL.equals(scope) ? ALL_SPENDING : categories.get(user.id(), scope).name();
		events.publishEvent(new BudgetChanged(user.id(), scope, name, budget.terms(), null));
	}

	/** Which accounts count towards the user's budgets. */
	@Transactional(readOnly = true)
	public BudgetAccounts countedAccounts(CurrentUser user) {
		return spending.accounts(user.id());
	}

	/**
	 * Chooses the accounts that count towards all the user's budgets; none means all
	 * accounts, also those added later. A budget that the new choice pushes over a
	 * threshold alerts at once, as when it is set.
	 * @throws io.expensync.accounts.AccountNotFoundException for an id that is not one of
	 * the user's accounts; nothing changes then
	 * @throws InvalidInputException for a choice that is not valid
	 */
	@Transactional
	public BudgetAccounts countAccounts(CurrentUser user, AccountsToCount choice) {
		commands.valid(choice);
		BudgetAccounts before = spending.accounts(user.id());
		BudgetAccounts counted = spending.choose(user.id(), choice.accountIds());
		events.publishEvent(new BudgetAccountsChosen(user.id(), before, counted));
		sendAlerts(user);
		return counted;
	}

	private BudgetProgress progress(CurrentUser user, Budget budget, BudgetAccounts counted) {
		return progress(user, budget, user.currentMonth(clock), counted);
	}

	private BudgetProgress progress(CurrentUser user, Budget budget, YearMonth month, BudgetAccounts counted) {
		Total spent = spending.spent(user.id(), budget, month, counted);
		return new BudgetProgress(budget.scope(), month, budget.amount(), spent.amount(), budget.thresholds(), counted,
				spent.conversions());
	}

}
