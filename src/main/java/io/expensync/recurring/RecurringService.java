package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.categories.CategoryService;
import io.expensync.money.Money;
import io.expensync.transactions.RecurrenceRequest;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionView;

import io.expensync.web.InvalidFieldException;
import io.expensync.web.MoneyInput;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts schedules and books their occurrences. Each occurrence is booked in its own
 * database transaction that first claims the (schedule, date) key, then records the
 * transaction and moves the schedule on, so an occurrence is booked exactly once, or not
 * at all and again next time.
 */
@Service
public class RecurringService {

	private final RecurringRuleRepository rules;

	private final OccurrenceRepository occurrences;

	private final TransactionService transactions;

	private final CategoryService categories;

	private final Clock clock;

	RecurringService(RecurringRuleRepository rules, OccurrenceRepository occurrences, TransactionService transactions,
			CategoryService categories, Clock clock) {
		this.rules = rules;
		this.occurrences = occurrences;
		this.transactions = transactions;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * Changes the amount and texts of later occurrences (not their dates). The amount is
	 * read in the schedule's currency; the category must suit its type.
	 */
	@Transactional
	public RecurringView change(UUID userId, UUID ruleId, String amount, @Nullable String description,
			@Nullable String category, @Nullable String merchant) {
		RecurringRule rule = find(userId, ruleId);
		Money money = MoneyInput.parsePositive("amount", amount, rule.currency());
		String key = blankToNull(category);
		if (rule.type().categoryType().isPresent()) {
			if (key == null) {
				throw new InvalidFieldException("category", "Choose a category");
			}
			categories.requireActive(userId, key, rule.type().categoryType().get());
		}
		rule.amend(money, text("description", description, 255), rule.type().categoryType().isPresent() ? key : null,
				text("merchant", merchant, 120), clock.instant());
		rules.flush();
		return rule.view();
	}

	/**
	 * Changes how often the schedule repeats, its next date and its end date. A new
	 * interval, step or next date re-anchors it on the next date, which must be today
	 * (the user's) or later and after every booked or skipped occurrence; what is booked
	 * stays. An end date alone keeps the anchor. An end date before the next date is
	 * refused (use {@link #end} to end a schedule).
	 * @throws InvalidFieldException naming the field; nothing changes then
	 * @throws IllegalStateException for an ended schedule
	 */
	@Transactional
	public RecurringView reschedule(UUID userId, UUID ruleId, ScheduleDates dates, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		if (rule.keepsItsRhythm(dates)) {
			checkUntil(dates);
			rule.endOn(dates.until(), clock.instant());
		}
		else {
			LocalDate last = occurrences.findLastDate(rule.id()).orElse(null);
			if (last != null && !dates.nextDue().isAfter(last)) {
				throw new InvalidFieldException("nextDue",
						"The next date must come after the last booked or skipped occurrence, " + last);
			}
			if (dates.nextDue().isBefore(today)) {
				throw new InvalidFieldException("nextDue",
						"The next date cannot be in the past (today is %s)".formatted(today));
			}
			checkUntil(dates);
			rule.reanchor(dates, clock.instant());
		}
		rules.flush();
		return rule.view();
	}

	/**
	 * Both kinds of change at once, all or nothing: see {@link #change} and
	 * {@link #reschedule}.
	 */
	@Transactional
	public RecurringView change(UUID userId, UUID ruleId, ScheduleText text, ScheduleDates dates, LocalDate today) {
		reschedule(userId, ruleId, dates, today);
		return change(userId, ruleId, text.amount(), text.description(), text.category(), text.merchant());
	}

	private static void checkUntil(ScheduleDates dates) {
		if (dates.until() != null && dates.until().isBefore(dates.nextDue())) {
			throw new InvalidFieldException("until",
					"The end date cannot come before the next date, %s; to stop the schedule, end it"
						.formatted(dates.nextDue()));
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable String text(String field, @Nullable String value, int max) {
		String stripped = blankToNull(value);
		if (stripped != null && stripped.length() > max) {
			throw new InvalidFieldException(field, "At most %d characters".formatted(max));
		}
		return stripped;
	}

	/**
	 * Makes a schedule whose first occurrence is the given, already recorded,
	 * transaction.
	 */
	@Transactional
	public RecurringView start(UUID userId, UUID firstTransactionId, RecurrenceRequest recurrence) {
		TransactionView first = transactions.get(userId, firstTransactionId);
		RecurringRule rule = rules.saveAndFlush(new RecurringRule(userId, first, recurrence, clock.instant()));
		Occurrence anchor = new Occurrence(rule.id(), first.date(), clock.instant());
		anchor.bookedAs(first.id());
		occurrences.saveAndFlush(anchor);
		transactions.linkToSchedule(userId, first.id(), rule.id());
		return rule.view();
	}

	/**
	 * Books the schedule's next occurrence if it is due on or before {@code today}, dated
	 * on its due date.
	 * @param tell whether the next daily summary tells the user of it: yes when the job
	 * books it, no when the user's own request (a schedule starting in the past) does
	 * @return whether it booked one
	 */
	@Transactional
	public boolean bookNext(UUID ruleId, LocalDate today, boolean tell) {
		RecurringRule rule = rules.findById(ruleId).orElse(null);
		LocalDate due = rule == null ? null : rule.dueOn(today);
		if (due == null) {
			return false;
		}
		Occurrence occurrence = occurrences.saveAndFlush(new Occurrence(rule.id(), due, clock.instant()));
		TransactionView booked = transactions.recordOccurrence(rule.userId(), rule.id(), rule.draftFor(due));
		occurrence.bookedAs(booked.id());
		if (tell) {
			occurrence.toTell();
		}
		rule.advance(clock.instant());
		rules.flush();
		return true;
	}

	/** Stops booking until resumed; nothing already booked changes. */
	@Transactional
	public RecurringView pause(UUID userId, UUID ruleId) {
		RecurringRule rule = find(userId, ruleId);
		rule.pause(clock.instant());
		rules.flush();
		return rule.view();
	}

	/**
	 * Books again from {@code today} (the user's) on; occurrences that fell into the
	 * pause are not booked.
	 */
	@Transactional
	public RecurringView resume(UUID userId, UUID ruleId, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		rule.resume(today, clock.instant());
		rules.flush();
		return rule.view();
	}

	/**
	 * Leaves out the next occurrence: its date is marked as skipped, so no run ever books
	 * it.
	 */
	@Transactional
	public RecurringView skipNext(UUID userId, UUID ruleId) {
		RecurringRule rule = find(userId, ruleId);
		LocalDate next = rule.nextDue();
		if (next == null) {
			throw new IllegalStateException("an ended schedule has nothing to skip");
		}
		occurrences.saveAndFlush(new Occurrence(rule.id(), next, clock.instant()));
		rule.advance(clock.instant());
		rules.flush();
		return rule.view();
	}

	/**
	 * Ends the schedule: nothing from {@code today} on is booked; what is booked stays.
	 */
	@Transactional
	public RecurringView end(UUID userId, UUID ruleId, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		rule.end(today, clock.instant());
		rules.flush();
		return rule.view();
	}

	private RecurringRule find(UUID userId, UUID ruleId) {
		return rules.findByIdAndUserId(ruleId, userId).orElseThrow(() -> new ScheduleNotFoundException(ruleId));
	}

	@Transactional(readOnly = true)
	public RecurringView get(UUID userId, UUID ruleId) {
		return find(userId, ruleId).view();
	}

	@Transactional(readOnly = true)
	public List<RecurringView> list(UUID userId) {
		return rules.findByUserIdOrderByNextDueAsc(userId).stream().map(RecurringRule::view).toList();
	}

	/**
	 * The dates booked so far for one of the user's schedules, with their transactions.
	 */
	@Transactional(readOnly = true)
	public List<BookedOccurrence> occurrences(UUID userId, UUID ruleId) {
		find(userId, ruleId);
		return occurrences.findByRuleIdOrderByDateAsc(ruleId)
			.stream()
			.map(occurrence -> new BookedOccurrence(occurrence.date(), occurrence.transactionId()))
			.toList();
	}

}
