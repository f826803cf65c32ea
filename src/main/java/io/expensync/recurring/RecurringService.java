package io.expensync.recurring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionView;

import io.expensync.web.InvalidFieldException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts schedules and books their occurrences (the user's changes to them are
 * {@link ScheduleChanges}). Each occurrence is booked in its own database transaction
 * that first claims the (schedule, date) key, then records the transaction and moves the
 * schedule on, so an occurrence is booked exactly once, or not at all and again next
 * time.
 */
@Service
public class RecurringService {

	private final RecurringRuleRepository rules;

	private final OccurrenceRepository occurrences;

	private final TransactionService transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecurringService(RecurringRuleRepository rules, OccurrenceRepository occurrences, TransactionService transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.occurrences = occurrences;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Makes a schedule whose first occurrence is the given, already recorded,
	 * transaction; not of a transfer between two currencies.
	 * @throws InvalidFieldException for a transfer between two currencies
	 */
	@Transactional
	public RecurringView start(UUID userId, UUID firstTransactionId, RecurrenceRequest recurrence) {
		TransactionView first = transactions.get(userId, firstTransactionId);
		if (first.toAmount() != null) {
			throw new InvalidFieldException("recurrence",
					"A transfer between two currencies cannot repeat: what arrives changes with the rate");
		}
		RecurringRule rule = rules.saveAndFlush(new RecurringRule(userId, first, recurrence, clock.instant()));
		Occurrence anchor = new Occurrence(rule.id(), first.date(), clock.instant());
		anchor.bookedAs(first.id());
		occurrences.saveAndFlush(anchor);
		transactions.linkToSchedule(userId, first.id(), rule.id());
		RecurringView started = rule.view();
		events.publishEvent(new ScheduleChanged(userId, rule.id(), null, started));
		return started;
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
		// the transaction first, which locks its accounts, then the occurrence, whose row
		// holds the schedule: accounts before schedules, as a deletion of the account
		// takes them (its schedules go with it), so the two cannot deadlock. Two runs
		// booking the same date queue on the accounts; the second fails on the
		// occurrence's key and rolls back what it posted.
		TransactionView booked = transactions.recordOccurrence(rule.userId(), rule.id(), rule.draftFor(due));
		Occurrence occurrence = new Occurrence(rule.id(), due, clock.instant());
		occurrence.bookedAs(booked.id());
		if (tell) {
			occurrence.toTell();
		}
		occurrences.saveAndFlush(occurrence);
		rule.advance(clock.instant());
		rules.flush();
		return true;
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
