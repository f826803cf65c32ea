package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.expensync.categories.CategoryService;
import io.expensync.money.Money;
import io.expensync.web.Commands;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.MoneyInput;
import io.expensync.web.RefusedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user changes of a schedule: what later occurrences book, its dates, pausing,
 * resuming, skipping the next occurrence, ending it. Each change is one database
 * transaction and publishes {@link ScheduleChanged} with the schedule before and after.
 */
@Service
public class ScheduleChanges {

	private final RecurringRuleRepository rules;

	private final OccurrenceRepository occurrences;

	private final CategoryService categories;

	private final ApplicationEventPublisher events;

	private final Commands commands;

	private final Clock clock;

	ScheduleChanges(RecurringRuleRepository rules, OccurrenceRepository occurrences, CategoryService categories,
			ApplicationEventPublisher events, Commands commands, Clock clock) {
		this.rules = rules;
		this.occurrences = occurrences;
		this.categories = categories;
		this.events = events;
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * Changes the amount and texts of later occurrences (not their dates). The amount is
	 * read in the schedule's currency; the category must suit its type.
	 * @throws InvalidInputException naming the fields that are not valid; nothing changes
	 * then
	 */
	@Transactional
	public RecurringView change(UUID userId, UUID ruleId, ScheduleText text) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		amend(userId, rule, commands.valid(text));
		return changed(userId, before, rule);
	}

	/**
	 * Changes how often the schedule repeats, its next date and its end date. A new
	 * interval, step or next date re-anchors it on the next date, which must be today
	 * (the user's) or later and after every booked or skipped occurrence; what is booked
	 * stays. An end date alone keeps the anchor. An end date before the next date is
	 * refused (use {@link #end} to end a schedule).
	 * @throws InvalidInputException naming the fields that are not valid; nothing changes
	 * then
	 * @throws RefusedException for an ended schedule
	 */
	@Transactional
	public RecurringView reschedule(UUID userId, UUID ruleId, ScheduleTiming timing, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		reschedule(rule, commands.valid(timing).dates(), today);
		return changed(userId, before, rule);
	}

	/**
	 * Changes what the patch names, of both kinds at once, all or nothing: see
	 * {@link #change} and {@link #reschedule}.
	 */
	@Transactional
	public RecurringView patch(UUID userId, UUID ruleId, SchedulePatch patch, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		if (patch.touchesDates()) {
			if (before.ended()) {
				// there is no next date to merge with
				throw new RefusedException("an ended schedule cannot be rescheduled");
			}
			reschedule(rule, commands.valid(patch.timingOnto(before)).dates(), today);
		}
		amend(userId, rule, commands.valid(patch.textOnto(before)));
		return changed(userId, before, rule);
	}

	/** Stops booking until resumed; nothing already booked changes. */
	@Transactional
	public RecurringView pause(UUID userId, UUID ruleId) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		rule.pause(clock.instant());
		return changed(userId, before, rule);
	}

	/**
	 * Books again from {@code today} (the user's) on; occurrences that fell into the
	 * pause are not booked.
	 */
	@Transactional
	public RecurringView resume(UUID userId, UUID ruleId, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		rule.resume(today, clock.instant());
		return changed(userId, before, rule);
	}

	/**
	 * Leaves out the next occurrence: its date is marked as skipped, so no run ever books
	 * it.
	 */
	@Transactional
	public RecurringView skipNext(UUID userId, UUID ruleId) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		LocalDate next = rule.nextDue();
		if (next == null) {
			throw new RefusedException("an ended schedule has nothing to skip");
		}
		occurrences.saveAndFlush(new Occurrence(rule.id(), next, clock.instant()));
		rule.advance(clock.instant());
		return changed(userId, before, rule);
	}

	/**
	 * Ends the schedule: nothing from {@code today} on is booked; what is booked stays.
	 */
	@Transactional
	public RecurringView end(UUID userId, UUID ruleId, LocalDate today) {
		RecurringRule rule = find(userId, ruleId);
		RecurringView before = rule.view();
		rule.end(today, clock.instant());
		return changed(userId, before, rule);
	}

	private void amend(UUID userId, RecurringRule rule, ScheduleText text) {
		Money money = MoneyInput.parsePositive("amount", text.amount(), rule.currency());
		String key = text.category();
		if (rule.type().categoryType().isPresent()) {
			if (key == null) {
				throw new InvalidFieldException("category", "Choose a category");
			}
			categories.requireActive(userId, key, rule.type().categoryType().get());
		}
		rule.amend(money, text.description(), rule.type().categoryType().isPresent() ? key : null, text.merchant(),
				clock.instant());
	}

	private void reschedule(RecurringRule rule, ScheduleDates dates, LocalDate today) {
		if (rule.keepsItsRhythm(dates)) {
			rule.endOn(dates.until(), clock.instant());
			return;
		}
		LocalDate last = occurrences.findLastDate(rule.id()).orElse(null);
		if (last != null && !dates.nextDue().isAfter(last)) {
			throw new InvalidFieldException("nextDue",
					"The next date must come after the last booked or skipped occurrence, " + last);
		}
		if (dates.nextDue().isBefore(today)) {
			throw new InvalidFieldException("nextDue",
					"The next date cannot be in the past (today is %s)".formatted(today));
		}
		rule.reanchor(dates, clock.instant());
	}

	private RecurringView changed(UUID userId, RecurringView before, RecurringRule rule) {
		rules.flush();
		RecurringView after = rule.view();
		events.publishEvent(new ScheduleChanged(userId, rule.id(), before, after));
		return after;
	}

	private RecurringRule find(UUID userId, UUID ruleId) {
		return rules.findByIdAndUserId(ruleId, userId).orElseThrow(() -> new ScheduleNotFoundException(ruleId));
	}

}
