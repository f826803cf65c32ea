package io.expensync.rules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleRepository extends JpaRepository<Rule, UUID> {

	Optional<Rule> findByIdAndUserId(UUID id, UUID userId);

	List<Rule> findByUserIdOrderByPositionAscCreatedAtAsc(UUID userId);

	long countByUserId(UUID userId);

}
