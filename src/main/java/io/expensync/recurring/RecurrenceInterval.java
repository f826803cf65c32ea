package io.expensync.recurring;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How often a transaction repeats. Occurrences are counted from the schedule's anchor
 * date, never from the previous occurrence, so month ends stay calendar-correct: an
 * anchor of 31 January gives 28 (or 29) February, 31 March, 30 April.
 */
public enum RecurrenceInterval {

	DAILY, WEEKLY, MONTHLY, YEARLY;

	/**
	 * The {@code n}-th occurrence after {@code anchor} (0 is the anchor itself), every
	 * {@code every} periods.
	 */
	public LocalDate occurrence(LocalDate anchor, int every, long n) {
		long steps = n * every;
		return switch (this) {
			case DAILY -> anchor.plusDays(steps);
			case WEEKLY -> anchor.plusWeeks(steps);
			case MONTHLY -> anchor.plusMonths(steps);
			case YEARLY -> anchor.plusYears(steps);
		};
	}

	/** "Monthly", or "Every 2 weeks". */
	public String describe(int every) {
		if (every == 1) {
			String name = name().toLowerCase(Locale.ROOT);
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		String unit = switch (this) {
			case DAILY -> "days";
			case WEEKLY -> "weeks";
			case MONTHLY -> "months";
			case YEARLY -> "years";
		};
		return "Every %d %s".formatted(every, unit);
	}

}
