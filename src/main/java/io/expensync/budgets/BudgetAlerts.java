package io.expensync.budgets;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records each reached threshold once per budget and month, and announces it with
 * {@link BudgetThresholdCrossed} in the same transaction. A second check finds the alert
 * row and stays quiet. Checks of one user take turns (they lock the user's budgets
 * first); should two collide on the row's key all the same, one of them rolls back, email
 * included.
 */
@Component
class BudgetAlerts {

	private final BudgetAlertRepository alerts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MeterRegistry meters;

	BudgetAlerts(BudgetAlertRepository alerts, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.alerts = alerts;
		this.events = events;
		this.clock = clock;
		this.meters = meters;
	}

	int sendReached(UUID userId, UUID budgetId, BudgetProgress progress, @Nullable String categoryName) {
		int sent = 0;
		for (int threshold : progress.thresholds()) {
			BudgetAlert.Key key = new BudgetAlert.Key(budgetId, progress.month().toString(), threshold);
			if (!reached(progress, threshold) || alerts.existsById(key)) {
				continue;
			}
			alerts.saveAndFlush(new BudgetAlert(budgetId, key.month(), threshold, clock.instant()));
			events.publishEvent(new BudgetThresholdCrossed(userId, progress.scope(), categoryName, progress.month(),
					threshold, progress.budget(), progress.spent(), progress.percentUsed().toPlainString(),
					progress.remaining()));
			meters.counter("expensync.budget.alerts").increment();
			sent++;
		}
		return sent;
	}

	/** Compared exactly: spent × 100 ≥ budget × threshold. */
	private static boolean reached(BudgetProgress progress, int threshold) {
		return progress.spent()
			.amount()
			.multiply(BigDecimal.valueOf(100))
			.compareTo(progress.budget().amount().multiply(BigDecimal.valueOf(threshold))) >= 0;
	}

}
