package io.expensync.recurring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The user started a schedule ({@code before} is null) or changed one (what it books, its
 * dates, a pause, a skip, its end), with how it looked before and after; published in the
 * changing database transaction, for the audit log. Booking an occurrence moves a
 * schedule on as well, but that is the schedule doing its work, and publishes none.
 */
public record ScheduleChanged(UUID userId, UUID scheduleId, @Nullable RecurringView before, RecurringView after) {
}
