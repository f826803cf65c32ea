package io.expensync.recurring;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a schedule's later occurrences book, as typed: the command that
 * {@link ScheduleChanges#change} checks. The amount is read in the schedule's currency
 * and the category must suit its type, which only the service knows. Texts are trimmed
 * and empty ones become null.
 */
public record ScheduleText(@Size(max = 30, message = "That is not an amount") @Nullable String amount,
		@Size(max = 255, message = "At most 255 characters") @Nullable String description,
		@Size(max = 60, message = "At most 60 characters") @Nullable String category,
		@Size(max = 120, message = "At most 120 characters") @Nullable String merchant) {

	public ScheduleText {
		description = blankToNull(description);
		category = blankToNull(category);
		merchant = blankToNull(merchant);
	}

	static ScheduleText of(RecurringView schedule) {
		return new ScheduleText(schedule.amount().toPlainString(), schedule.description(), schedule.category(),
				schedule.merchant());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
