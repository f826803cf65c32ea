package io.expensync.audit;

import java.util.Locale;

import io.expensync.audit.AuditEvent.Kind;
import io.expensync.recurring.RecurringView;
import io.expensync.recurring.ScheduleChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the recurring schedules the user starts, changes (what they book, their dates, a
 * pause, a skip) and ends. Heard inside the changing database transaction, so the entry
 * is kept exactly when the change is.
 */
@Component
class ScheduleAudit {

	private final AuditLog log;

	ScheduleAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void scheduleChanged(ScheduleChanged change) {
		RecurringView before = change.before();
		RecurringView after = change.after();
		if (before == null) {
			log.record(change.userId(), Kind.SCHEDULE_ADDED,
					"%s: %s %s, %s from %s%s".formatted(after.title(), after.type().name().toLowerCase(Locale.ROOT),
							Changes.money(after.amount()), after.interval().describe(after.every()), after.anchor(),
							(after.until() != null) ? " until " + after.until() : ""));
			return;
		}
		Changes<RecurringView> changes = Changes.between(before, after)
			.field("Amount", schedule -> Changes.money(schedule.amount()))
			.field("Description", RecurringView::description)
			.field("Category", RecurringView::category)
			.field("Merchant", RecurringView::merchant)
			.field("Repeats", schedule -> schedule.interval().describe(schedule.every()))
			.field("Next date", schedule -> (schedule.nextDue() != null) ? schedule.nextDue().toString() : null)
			.field("Ends", schedule -> (schedule.until() != null) ? schedule.until().toString() : null)
			.field("Paused", schedule -> Changes.yesNo(schedule.paused()));
		if (!changes.none()) {
			log.record(change.userId(),
					(after.ended() && !before.ended()) ? Kind.SCHEDULE_ENDED : Kind.SCHEDULE_CHANGED,
					changes.of(before.title()));
		}
	}

}
