package io.expensync.recurring;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OccurrenceRepository extends JpaRepository<Occurrence, Occurrence.Key> {

	List<Occurrence> findByRuleIdOrderByDateAsc(UUID ruleId);

}
