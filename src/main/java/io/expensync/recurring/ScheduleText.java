package io.expensync.recurring;

import org.jspecify.annotations.Nullable;

/**
 * What a schedule's later occurrences book: the amount (in the schedule's currency) and
 * its texts.
 */
public record ScheduleText(String amount, @Nullable String description, @Nullable String category,
		@Nullable String merchant) {
}
