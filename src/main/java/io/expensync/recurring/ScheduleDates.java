package io.expensync.recurring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A schedule's timing, read from a checked {@link ScheduleTiming}: how often, the date of
 * the next occurrence, and the last possible date ({@code until}, none when null).
 */
public record ScheduleDates(RecurrenceInterval interval, int every, LocalDate nextDue, @Nullable LocalDate until) {
}
