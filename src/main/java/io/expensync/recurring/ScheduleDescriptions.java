package io.expensync.recurring;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Monthly · next 25 Dec 2026" for the recurring badge of the transactions table. */
@Service
public class ScheduleDescriptions {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final RecurringRuleRepository rules;

	ScheduleDescriptions(RecurringRuleRepository rules) {
		this.rules = rules;
	}

	/** The descriptions of those of the given schedules that are the user's, by id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> describe(UUID userId, Collection<UUID> ruleIds) {
		if (ruleIds.isEmpty()) {
			return Map.of();
		}
		return rules.findByUserIdAndIdIn(userId, ruleIds)
			.stream()
			.map(RecurringRule::view)
			.collect(Collectors.toMap(RecurringView::id, ScheduleDescriptions::describe));
	}

	static String describe(RecurringView schedule) {
		String how = schedule.interval().describe(schedule.every());
		return schedule.nextDue() == null ? how + " · ended" : how + " · next " + DATE.format(schedule.nextDue());
	}

}
