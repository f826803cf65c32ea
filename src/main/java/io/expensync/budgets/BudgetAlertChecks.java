package io.expensync.budgets;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.expensync.transactions.TransactionRecorded;
import io.expensync.transactions.TransactionsAdded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;
import org.springframework.core.task.TaskExecutor;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When budget alerts are checked: soon after every change to a user's transactions has
 * committed, and by an hourly sweep over every user with a budget.
 * <p>
 * The check after a change runs asynchronously, on Spring Boot's task executor, in a
 * transaction of its own, once the request's connection is back in the pool: a request
 * never waits for a second connection while it holds one. Changes coalesce: while a
 * user's check waits for its turn, further changes of that user add nothing to it, so a
 * burst of a hundred creates makes one or two checks, not a hundred. The queue is in
 * memory, not in Spring Modulith's event publication registry: writing each check down
 * and then marking and deleting it cost two more commits per change, each a flush of the
 * database's log, for work whose loss the sweep makes up for (a node that stops with
 * checks queued sends those alerts within the hour). The alerts' unique rows make a check
 * that runs twice send nothing twice.
 */
@Component
public class BudgetAlertChecks {

	private static final Logger log = LoggerFactory.getLogger(BudgetAlertChecks.class);

	private final BudgetService budgets;

	private final TaskExecutor executor;

	/** Users whose check is waiting for its turn on the executor. */
	private final Set<UUID> queued = ConcurrentHashMap.newKeySet();

	BudgetAlertChecks(BudgetService budgets, TaskExecutor executor) {
		this.budgets = budgets;
		this.executor = executor;
	}

	@EventListener
	void on(TransactionRecorded event) {
		afterCommit(event.userId());
	}

	@EventListener
	void on(TransactionsAdded event) {
		afterCommit(event.userId());
	}

	private void afterCommit(UUID userId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// once the change has committed; nothing if it rolls back
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					queue(userId);
				}
			});
		}
		else {
			queue(userId);
		}
	}

	private void queue(UUID userId) {
		if (queued.add(userId)) {
			executor.execute(() -> {
				// off the queue before the check reads, so a change committed meanwhile
				// queues the next one
				queued.remove(userId);
				check(userId, "after a change; the sweep checks them");
			});
		}
	}

	@Recurring(id = "budget-alert-sweep", interval = "${expensync.budgets.sweep-every:PT1H}")
	@Job(name = "Check every budget's alerts", retries = 0)
	public void sweep() {
		budgets.usersWithBudgets().forEach(userId -> check(userId, "this time"));
	}

	/**
	 * Checks one user's budgets; a failure is logged and left to the next check, so one
	 * user's failure does not stop the sweep.
	 */
	private void check(UUID userId, String whenFailed) {
		try {
			budgets.checkAlerts(userId);
		}
		catch (RuntimeException ex) {
			log.warn("Budget alerts of user {} not checked {}: {}", userId, whenFailed, ex.toString());
		}
	}

}
