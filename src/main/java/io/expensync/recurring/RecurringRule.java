package io.expensync.recurring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import io.expensync.web.RefusedException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A schedule: what to book (a copy of the first transaction), how often, from which
 * anchor date and until when. It remembers which occurrence comes next by its index from
 * the anchor, so dates never drift.
 */
@Entity
@Table(name = "recurring_rules")
class RecurringRule {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(name = "interval_unit", nullable = false)
	private RecurrenceInterval interval;

	@Column(name = "every_n", nullable = false)
	private int every;

	@Column(name = "anchor_date", nullable = false)
	private LocalDate anchor;

	@Column(name = "until_date")
	private @Nullable LocalDate until;

	@Column(name = "next_index", nullable = false)
	private long nextIndex;

	@Column(name = "next_due")
	private @Nullable LocalDate nextDue;

	@Column(nullable = false)
	private boolean paused;

	@Embedded
	private BookedTemplate booked;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected RecurringRule() {
	}

	/**
	 * A schedule whose first occurrence (index 0, on its date) is {@code first}, already
	 * booked.
	 */
	RecurringRule(UUID userId, TransactionView first, RecurrenceRequest recurrence, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.interval = recurrence.interval();
		this.every = recurrence.every();
		this.anchor = first.date();
		this.until = recurrence.until();
		this.booked = new BookedTemplate(first);
		this.createdAt = now;
		this.nextIndex = 0;
		advance(now);
	}

	/**
	 * Changes what later occurrences book; the dates stay as they are, so nothing is
	 * booked twice or early, and what is already booked keeps its values.
	 */
	void amend(Money newAmount, @Nullable String newDescription, @Nullable String newCategory,
			@Nullable String newMerchant, Instant now) {
		booked.amend(newAmount, newDescription, newCategory, newMerchant);
		this.updatedAt = now;
	}

	/**
	 * Whether these are the schedule's interval, step and next date, so that a change to
	 * them would only touch its end date.
	 */
	boolean keepsItsRhythm(ScheduleDates dates) {
		return interval == dates.interval() && every == dates.every() && dates.nextDue().equals(nextDue);
	}

	/**
	 * Starts counting again from {@code dates.nextDue()}, the new anchor (index 0, not
	 * yet booked), with the new interval and end date. The caller has checked that the
	 * date is still to come and after every booked occurrence, so nothing is booked twice
	 * or early.
	 */
	void reanchor(ScheduleDates dates, Instant now) {
		requireRunning();
		if (dates.until() != null && dates.until().isBefore(dates.nextDue())) {
			throw new IllegalArgumentException("an end date before the next date");
		}
		this.interval = dates.interval();
		this.every = dates.every();
		this.anchor = dates.nextDue();
		this.until = dates.until();
		this.nextIndex = 0;
		this.nextDue = dates.nextDue();
		this.updatedAt = now;
	}

	/**
	 * Moves the end date, or removes it; the anchor and the next date stay. The end date
	 * may not come before the next date: ending a schedule is {@link #end}.
	 */
	void endOn(@Nullable LocalDate newUntil, Instant now) {
		requireRunning();
		if (newUntil != null && nextDue != null && newUntil.isBefore(nextDue)) {
			throw new IllegalArgumentException("an end date before the next date");
		}
		this.until = newUntil;
		this.updatedAt = now;
	}

	private void requireRunning() {
		if (nextDue == null) {
			throw new RefusedException("an ended schedule cannot be rescheduled");
		}
	}

	TransactionType type() {
		return booked.type();
	}

	Currency currency() {
		return booked.currency();
	}

	/** Moves on to the next occurrence; past the end date the schedule has none. */
	void advance(Instant now) {
		nextIndex++;
		LocalDate next = interval.occurrence(anchor, every, nextIndex);
		nextDue = until != null && next.isAfter(until) ? null : next;
		updatedAt = now;
	}

	/**
	 * The next occurrence's date if it is due on or before {@code today} and the schedule
	 * is not paused.
	 */
	@Nullable LocalDate dueOn(LocalDate today) {
		return !paused && nextDue != null && !nextDue.isAfter(today) ? nextDue : null;
	}

	/** The next {@code count} dates still to come, for the schedules page. */
	List<LocalDate> upcoming(int count) {
		List<LocalDate> dates = new ArrayList<>();
		for (long n = nextIndex; nextDue != null && dates.size() < count; n++) {
			LocalDate date = interval.occurrence(anchor, every, n);
			if (until != null && date.isAfter(until)) {
				break;
			}
			dates.add(date);
		}
		return dates;
	}

	@Nullable LocalDate nextDue() {
		return nextDue;
	}

	void pause(Instant now) {
		if (nextDue == null) {
			throw new RefusedException("an ended schedule cannot be paused");
		}
		paused = true;
		updatedAt = now;
	}

	/**
	 * Resumes with the first occurrence from {@code today} on: what fell into the pause
	 * is not booked.
	 */
	void resume(LocalDate today, Instant now) {
		paused = false;
		while (nextDue != null && nextDue.isBefore(today)) {
			advance(now);
		}
		updatedAt = now;
	}

	/**
	 * Ends the schedule after what is already booked: it ran until yesterday, or until
	 * its first date when that was booked today; a schedule ended before its first date
	 * (moved into the future, say) ran at no time and keeps no end date.
	 */
	void end(LocalDate today, Instant now) {
		if (!today.minusDays(1).isBefore(anchor)) {
			until = today.minusDays(1);
		}
		else {
			until = (nextIndex > 0) ? anchor : null;
		}
		nextDue = null;
		paused = false;
		updatedAt = now;
	}

	TransactionDraft draftFor(LocalDate date) {
		return booked.draftFor(date);
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	RecurringView view() {
		return new RecurringView(id, interval, every, anchor, until, nextDue, paused, upcoming(3), booked.type(),
				booked.amount(), booked.description(), booked.category(), booked.merchant(), booked.accountId(),
				booked.toAccountId());
	}

}
