package io.expensync.budgets;

import java.util.UUID;

import io.expensync.transactions.TransactionRecorded;
import io.expensync.users.UserService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When budget alerts are checked: right after every change to a user's transactions has
 * committed, and by an hourly sweep over every user with a budget, as a safety net for
 * what a crash between the two may have missed.
 */
@Component
public class BudgetAlertChecks {

	private static final Logger log = LoggerFactory.getLogger(BudgetAlertChecks.class);

	private final BudgetService budgets;

	private final UserService users;

	BudgetAlertChecks(BudgetService budgets, UserService users) {
		this.budgets = budgets;
		this.users = users;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TransactionRecorded event) {
		check(event.userId());
	}

	@Recurring(id = "budget-alert-sweep", interval = "${expensync.budgets.sweep-every:PT1H}")
	@Job(name = "Check every budget's alerts", retries = 0)
	public void sweep() {
		budgets.usersWithBudgets().forEach(this::check);
	}

	/**
	 * Checks one user; a failure is logged and left to the next check, never thrown at
	 * the change that caused it.
	 */
	int check(UUID userId) {
		try {
			return budgets.checkAlerts(users.currentUser(userId));
		}
		catch (RuntimeException ex) {
			log.warn("Budget alerts of user {} not checked this time: {}", userId, ex.toString());
			return 0;
		}
	}

}
