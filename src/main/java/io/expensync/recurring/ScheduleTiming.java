package io.expensync.recurring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

import io.expensync.web.FieldRules;
import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

/**
 * A schedule's timing as typed: how often, the date of the next occurrence and the last
 * possible date (blank for none). The command that {@link ScheduleChanges#reschedule}
 * checks; that the next date is still to come and after what is booked, only the service
 * knows.
 */
@FieldRules
public record ScheduleTiming(@Nullable String interval, @Nullable String every, @Nullable String nextDue,
		@Nullable String until) implements FieldRules.Checked {

	static final int EARLIEST_YEAR = 1900;

	static final int LATEST_YEAR = 9999;

	@Override
	public void check(FieldRules.Problems problems) {
		read(problems, this::parsedInterval);
		read(problems, this::parsedEvery);
		LocalDate next = read(problems, this::parsedNextDue);
		LocalDate end = read(problems, this::parsedUntil);
		if (next != null && end != null && end.isBefore(next)) {
			problems.add("until",
					"The end date cannot come before the next date, %s; to stop the schedule, end it".formatted(next));
		}
	}

	/** The timing read; only for a checked command. */
	ScheduleDates dates() {
		return new ScheduleDates(parsedInterval(), parsedEvery(), parsedNextDue(), parsedUntil());
	}

	private static <T> @Nullable T read(FieldRules.Problems problems, Supplier<T> field) {
		try {
			return field.get();
		}
		catch (InvalidFieldException ex) {
			problems.add(ex.field(), String.valueOf(ex.getMessage()));
			return null;
		}
	}

	private RecurrenceInterval parsedInterval() {
		try {
			return RecurrenceInterval.valueOf(String.valueOf(interval).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("interval", "Choose DAILY, WEEKLY, MONTHLY or YEARLY");
		}
	}

	private int parsedEvery() {
		try {
			int parsed = Integer.parseInt(String.valueOf(every).strip());
			if (parsed >= 1 && parsed <= 999) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a number out of range
		}
		throw new InvalidFieldException("every", "Repeat every 1 to 999 periods");
	}

	private LocalDate parsedNextDue() {
		return date("nextDue", nextDue, "Give the next date");
	}

	private @Nullable LocalDate parsedUntil() {
		return (until == null || until.isBlank()) ? null : date("until", until, "Give the end date");
	}

	private static LocalDate date(String field, @Nullable String text, String missing) {
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException(field, missing);
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidFieldException(field, "Write the date as YYYY-MM-DD");
		}
		// java.time reads years up to 999,999,999, whose next occurrences it cannot count
		if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
			throw new InvalidFieldException(field,
					"Give a date between the years %d and %d".formatted(EARLIEST_YEAR, LATEST_YEAR));
		}
		return date;
	}

}
