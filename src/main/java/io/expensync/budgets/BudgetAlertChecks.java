package io.expensync.budgets;

import java.util.UUID;

import io.expensync.transactions.TransactionRecorded;
import io.expensync.users.UserService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * When budget alerts are checked: after every change to a user's transactions has
 * committed, and by an hourly sweep over every user with a budget.
 * <p>
 * The check after a change runs asynchronously, in a transaction of its own, once the
 * request's connection is back in the pool: a request never waits for a second connection
 * while it holds one. Spring Modulith's event publication registry writes each such check
 * down in the changing transaction and hands the ones a stopped node did not finish to
 * the listener again, so none is lost; the alerts' unique rows make a check that runs
 * twice send nothing twice. The sweep is a safety net all the same.
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

	@ApplicationModuleListener
	void on(TransactionRecorded event) {
		// a user deleted since has no budgets left to check; a failure here is thrown, so
		// the registry keeps the publication for another try
		users.find(event.userId()).ifPresent(budgets::checkAlerts);
	}

	@Recurring(id = "budget-alert-sweep", interval = "${expensync.budgets.sweep-every:PT1H}")
	@Job(name = "Check every budget's alerts", retries = 0)
	public void sweep() {
		budgets.usersWithBudgets().forEach(this::check);
	}

	/**
	 * Checks one user for the sweep; a failure is logged and left to the next check, so
	 * one user's failure does not stop the sweep.
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
