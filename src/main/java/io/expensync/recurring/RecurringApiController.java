package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionType;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.PageResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/recurring}: the user's schedules with their next due date and the
 * occurrences booked.
 */
@RestController
@RequestMapping("/api/v1/recurring")
class RecurringApiController {

	record OccurrenceResponse(LocalDate date, @Nullable UUID transactionId) {
	}

	record ScheduleResponse(UUID id, RecurrenceInterval interval, int every, LocalDate anchor,
			@Nullable LocalDate until, @Nullable LocalDate nextDue, boolean paused, List<LocalDate> upcoming,
			TransactionType type, String amount, String currency, @Nullable String description,
			@Nullable String category, UUID accountId, @Nullable UUID toAccountId,
			List<OccurrenceResponse> occurrences) {
	}

	private final RecurringService recurring;

	private final ScheduleChanges changes;

	private final Clock clock;

	RecurringApiController(RecurringService recurring, ScheduleChanges changes, Clock clock) {
		this.recurring = recurring;
		this.changes = changes;
		this.clock = clock;
	}

	@GetMapping
	PageResponse<ScheduleResponse> list(CurrentUser user) {
		return PageResponse.of(recurring.list(user.id()).stream().map(schedule -> response(user, schedule)).toList());
	}

	/**
	 * Changes later occurrences: {@code {amount, description, category, merchant}} and
	 * the timing {@code {interval, every, nextDue, until}}; fields left out stay, and
	 * {@code "until": null} removes the end date. A new interval, step or next date
	 * re-anchors the schedule on the next date (see {@link ScheduleChanges#reschedule}).
	 * {@link ScheduleChanges#patch} merges the change and holds the rules.
	 */
	record ScheduleChange(@Nullable String amount, @Nullable String description, @Nullable String category,
			@Nullable String merchant, @Nullable String interval, @Nullable Integer every, @Nullable String nextDue,
			@Nullable JsonNode until) {

		SchedulePatch toPatch() {
			return new SchedulePatch(amount, description, category, merchant, interval,
					(every != null) ? every.toString() : null, nextDue, untilAsked());
		}

		/**
		 * The end date asked for, blank to remove it: JSON null does, which a plain field
		 * could not tell from leaving it out.
		 */
		private @Nullable String untilAsked() {
			if (until == null) {
				return null;
			}
			if (until.isNull()) {
				return "";
			}
			if (!until.isString()) {
				throw new InvalidFieldException("until", "Write the date as YYYY-MM-DD, or null for no end date");
			}
			return until.asString();
		}

	}

	@PatchMapping("/{id}")
	ScheduleResponse change(CurrentUser user, @PathVariable UUID id, @RequestBody ScheduleChange change) {
		return response(user, changes.patch(user.id(), id, change.toPatch(), user.today(clock)));
	}

	@PostMapping("/{id}/pause")
	ScheduleResponse pause(CurrentUser user, @PathVariable UUID id) {
		return response(user, changes.pause(user.id(), id));
	}

	@PostMapping("/{id}/resume")
	ScheduleResponse resume(CurrentUser user, @PathVariable UUID id) {
		return response(user, changes.resume(user.id(), id, user.today(clock)));
	}

	@PostMapping("/{id}/skip")
	ScheduleResponse skip(CurrentUser user, @PathVariable UUID id) {
		return response(user, changes.skipNext(user.id(), id));
	}

	@PostMapping("/{id}/end")
	ScheduleResponse end(CurrentUser user, @PathVariable UUID id) {
		return response(user, changes.end(user.id(), id, user.today(clock)));
	}

	private ScheduleResponse response(CurrentUser user, RecurringView schedule) {
		return new ScheduleResponse(schedule.id(), schedule.interval(), schedule.every(), schedule.anchor(),
				schedule.until(), schedule.nextDue(), schedule.paused(), schedule.upcoming(), schedule.type(),
				schedule.amount().toPlainString(), schedule.amount().currency().getCurrencyCode(),
				schedule.description(), schedule.category(), schedule.accountId(), schedule.toAccountId(),
				recurring.occurrences(user.id(), schedule.id())
					.stream()
					.map(booked -> new OccurrenceResponse(booked.date(), booked.transactionId()))
					.toList());
	}

}
