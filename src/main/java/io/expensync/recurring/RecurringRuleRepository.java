package io.expensync.recurring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecurringRuleRepository extends JpaRepository<RecurringRule, UUID> {

	Optional<RecurringRule> findByIdAndUserId(UUID id, UUID userId);

	List<RecurringRule> findByUserIdOrderByNextDueAsc(UUID userId);

	List<RecurringRule> findByUserIdAndIdIn(UUID userId, Collection<UUID> ids);

	interface DueRule {

		UUID getId();

		UUID getUserId();

	}

	/**
	 * Schedules with an occurrence due by {@code latest} (the latest "today" of any
	 * timezone).
	 */
	@Query("select r.id as id, r.userId as userId from RecurringRule r where r.nextDue <= :latest and r.paused = false order by r.nextDue, r.id")
	List<DueRule> findDue(LocalDate latest);

}
