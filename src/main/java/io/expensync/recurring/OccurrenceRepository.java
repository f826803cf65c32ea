package io.expensync.recurring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OccurrenceRepository extends JpaRepository<Occurrence, Occurrence.Key> {

	List<Occurrence> findByRuleIdOrderByDateAsc(UUID ruleId);

	/** The latest date booked or skipped. */
	@Query("select max(o.date) from Occurrence o where o.ruleId = :ruleId")
	Optional<LocalDate> findLastDate(UUID ruleId);

}
