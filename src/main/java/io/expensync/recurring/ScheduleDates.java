package io.expensync.recurring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.expensync.transactions.RecurrenceInterval;
import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

/**
 * A schedule's timing as a change asks for it: how often, the date of the next
 * occurrence, and the last possible date ({@code until}, none when null).
 */
public record ScheduleDates(RecurrenceInterval interval, int every, LocalDate nextDue, @Nullable LocalDate until) {

	static final int EARLIEST_YEAR = 1900;

	static final int LATEST_YEAR = 9999;

	/**
	 * Reads the fields as a form or request sends them; a blank end date means none.
	 * @throws InvalidFieldException naming the first field that cannot be read
	 */
	public static ScheduleDates parse(@Nullable String interval, @Nullable String every, @Nullable String nextDue,
			@Nullable String until) {
		return new ScheduleDates(interval(interval), every(every), date("nextDue", nextDue, "Give the next date"),
				until == null || until.isBlank() ? null : date("until", until, "Give the end date"));
	}

	private static RecurrenceInterval interval(@Nullable String text) {
		try {
			return RecurrenceInterval.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("interval", "Choose DAILY, WEEKLY, MONTHLY or YEARLY");
		}
	}

	private static int every(@Nullable String text) {
		try {
			int every = Integer.parseInt(String.valueOf(text).strip());
			if (every >= 1 && every <= 999) {
				return every;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a number out of range
		}
		throw new InvalidFieldException("every", "Repeat every 1 to 999 periods");
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
