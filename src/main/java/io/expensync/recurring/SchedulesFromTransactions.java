package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.users.UserService;
import io.expensync.web.Commands;
import io.expensync.web.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules that start from a transaction the user records with a recurrence: the
 * transaction is their first occurrence. The caller checks the recurrence with the
 * transaction ({@link #problems}), records it, then starts the schedule in the same
 * database transaction ({@link #start}).
 */
@Service
public class SchedulesFromTransactions {

	static final int AT_ONCE = 400;

	private final RecurringService recurring;

	private final UserService users;

	private final Commands commands;

	private final Clock clock;

	SchedulesFromTransactions(RecurringService recurring, UserService users, Commands commands, Clock clock) {
		this.recurring = recurring;
		this.users = users;
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * What is wrong with a schedule whose first date is {@code first}: its own rules and
	 * the calendar's (nothing about a missing date, which the transaction's check names).
	 */
	public List<Problem> problems(RecurrenceRequest recurrence, @Nullable LocalDate first) {
		List<Problem> problems = new ArrayList<>(commands.problems(recurrence));
		problems.addAll(recurrence.problemsStarting(first, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
		return problems;
	}

	/**
	 * Makes the schedule whose first occurrence is the given, just recorded, transaction
	 * and books at once the occurrences already due when that lies in the past; the job
	 * books any beyond {@value #AT_ONCE}.
	 */
	@Transactional
	public RecurringView start(UUID userId, UUID firstTransactionId, RecurrenceRequest recurrence) {
		RecurringView schedule = recurring.start(userId, firstTransactionId, recurrence);
		LocalDate today = LocalDate.now(clock.withZone(users.get(userId).profile().zone()));
		int booked = 0;
		while (booked < AT_ONCE && recurring.bookNext(schedule.id(), today, false)) {
			booked++;
		}
		return schedule;
	}

}
