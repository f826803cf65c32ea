package io.expensync.recurring;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import io.expensync.web.FieldRules;
import io.expensync.web.InvalidInputException.Problem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The user's wish that a new transaction repeat: how often, and until when (inclusive;
 * null for no end). {@link SchedulesFromTransactions#problems} checks it, and the caller
 * names its problems with the transaction's, every problem at once.
 */
@FieldRules
public record RecurrenceRequest(@NotNull(message = "Choose how often it repeats") @Nullable RecurrenceInterval interval,
		@Min(value = 1, message = EVERY) @Max(value = 999, message = EVERY) int every,
		@Nullable LocalDate until) implements FieldRules.Checked {

	static final String EVERY = "Repeat every 1 to 999 periods";

	static final int LATEST_YEAR = 9999;

	/** How far back a new schedule may start; its missed dates are booked at once. */
	static final Period STARTS_BACK = Period.ofYears(1);

	@Override
	public void check(FieldRules.Problems problems) {
		// as a schedule's own dates: java.time reads years far beyond what a calendar of
		// occurrences can hold
		if (until != null && until.getYear() > LATEST_YEAR) {
			problems.add("until", "Give an end date before the year %d".formatted(LATEST_YEAR + 1));
		}
	}

	/**
	 * What is wrong with a schedule whose first date is {@code first} (none when it is
	 * missing: the transaction's own check names that).
	 */
	List<Problem> problemsStarting(@Nullable LocalDate first, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		// a schedule started long ago books every missed date at once: a daily one from
		// 1900 would be 46,000 transactions in one request
		LocalDate earliest = today.minus(STARTS_BACK);
		if (first != null && first.isBefore(earliest)) {
			problems.add(new Problem("date",
					"A repeating transaction can start at most a year back (%s); enter older ones on their own"
						.formatted(earliest)));
		}
		if (first != null && until != null && until.isBefore(first)) {
			problems.add(new Problem("until", "The schedule cannot end before its first date"));
		}
		return problems;
	}

}
