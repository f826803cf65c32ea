package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalDate;

import io.expensync.transactions.RecurrenceRequested;
import io.expensync.users.UserService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the schedule for a transaction recorded with a recurrence, in its transaction
 * (see the event), and books at once the occurrences already due when the first date lies
 * in the past; the job books any beyond {@value #AT_ONCE}.
 */
@Component
class SchedulesFromTransactions {

	static final int AT_ONCE = 400;

	private final RecurringService recurring;

	private final UserService users;

	private final Clock clock;

	SchedulesFromTransactions(RecurringService recurring, UserService users, Clock clock) {
		this.recurring = recurring;
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void on(RecurrenceRequested event) {
		RecurringView schedule = recurring.start(event.userId(), event.transactionId(), event.recurrence());
		LocalDate today = LocalDate.now(clock.withZone(users.get(event.userId()).profile().zone()));
		int booked = 0;
		while (booked < AT_ONCE && recurring.bookNext(schedule.id(), today, false)) {
			booked++;
		}
	}

}
