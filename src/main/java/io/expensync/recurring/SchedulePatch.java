package io.expensync.recurring;

import org.jspecify.annotations.Nullable;

/**
 * A change to some of what a schedule books and of its timing; what is left out (null)
 * stays as it is, and a blank {@code until} removes the end date.
 * {@link ScheduleChanges#patch} merges it and checks the result as {@link ScheduleTiming}
 * and {@link ScheduleText}.
 */
public record SchedulePatch(@Nullable String amount, @Nullable String description, @Nullable String category,
		@Nullable String merchant, @Nullable String interval, @Nullable String every, @Nullable String nextDue,
		@Nullable String until) {

	boolean touchesDates() {
		return interval != null || every != null || nextDue != null || until != null;
	}

	ScheduleText textOnto(RecurringView current) {
		ScheduleText now = ScheduleText.of(current);
		return new ScheduleText(or(amount, now.amount()), or(description, now.description()),
				or(category, now.category()), or(merchant, now.merchant()));
	}

	/** The timing asked for, on a schedule that has a next date. */
	ScheduleTiming timingOnto(RecurringView current) {
		String next = (current.nextDue() != null) ? current.nextDue().toString() : null;
		String end = (current.until() != null) ? current.until().toString() : "";
		return new ScheduleTiming(or(interval, current.interval().name()), or(every, String.valueOf(current.every())),
				or(nextDue, next), or(until, end));
	}

	private static @Nullable String or(@Nullable String asked, @Nullable String current) {
		return (asked != null) ? asked : current;
	}

}
