package io.expensync.recurring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OccurrenceRepository extends JpaRepository<Occurrence, Occurrence.Key> {

	List<Occurrence> findByRuleIdOrderByDateAsc(UUID ruleId);

	/**
	 * The user's booked occurrences not yet summarised, locked so that two runs cannot
	 * both tell of them.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select o from Occurrence o where o.told = false
			and o.ruleId in (select r.id from RecurringRule r where r.userId = :userId)
			order by o.date, o.ruleId""")
	List<Occurrence> findUntoldLocked(UUID userId);

	@Query("""
			select distinct r.userId from RecurringRule r
			where r.id in (select o.ruleId from Occurrence o where o.told = false)""")
	List<UUID> findUsersWithUntold();

	/** The latest date booked or skipped. */
	@Query("select max(o.date) from Occurrence o where o.ruleId = :ruleId")
	Optional<LocalDate> findLastDate(UUID ruleId);

}
