package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionRecorded;
import io.expensync.transactions.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The check after a change: queued only once the change commits, and coalesced per user
 * while it waits for the executor.
 */
class BudgetAlertChecksTests {

	private final List<Runnable> executor = new ArrayList<>();

	private final BudgetService budgets = mock(BudgetService.class);

	private final BudgetAlertChecks checks = new BudgetAlertChecks(budgets, executor::add);

	private final UUID userId = UUID.randomUUID();

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void manyChangesOfOneUserWaitingForTheExecutorMakeOneCheck() {
		for (int i = 0; i < 5; i++) {
			checks.on(recorded(userId));
		}
		checks.on(recorded(UUID.randomUUID()));
		assertThat(executor).hasSize(2);

		executor.remove(0).run();
		verify(budgets, times(1)).checkAlerts(userId);
		// once its check has started, the user's next change queues another
		checks.on(recorded(userId));
		assertThat(executor).hasSize(2);
	}

	@Test
	void aChangeIsQueuedAfterItsCommitAndNotAtAllWhenItRollsBack() {
		TransactionSynchronizationManager.initSynchronization();
		checks.on(recorded(userId));
		assertThat(executor).as("nothing before the commit").isEmpty();
		List<TransactionSynchronization> registered = TransactionSynchronizationManager.getSynchronizations();
		registered.forEach(TransactionSynchronization::afterCommit);
		assertThat(executor).hasSize(1);

		executor.clear();
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		checks.on(recorded(UUID.randomUUID()));
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		assertThat(executor).isEmpty();
	}

	@Test
	void aFailingCheckIsLeftToTheSweepAndDoesNotStopTheNext() {
		UUID other = UUID.randomUUID();
		when(budgets.checkAlerts(userId)).thenThrow(new IllegalStateException("database gone"));
		checks.on(recorded(userId));
		checks.on(recorded(other));
		executor.forEach(Runnable::run);
		verify(budgets).checkAlerts(other);
		// the failed user is no longer queued: its next change checks again
		executor.clear();
		checks.on(recorded(userId));
		assertThat(executor).hasSize(1);
	}

	private static TransactionRecorded recorded(UUID userId) {
		return new TransactionRecorded(userId, UUID.randomUUID(), TransactionType.EXPENSE, LocalDate.of(2026, 11, 20));
	}

}
