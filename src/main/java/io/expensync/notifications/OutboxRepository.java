package io.expensync.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEmail, UUID> {

	List<OutboxEmail> findTop100ByUserIdOrderByCreatedAtDesc(UUID userId);

	List<OutboxEmail> findTop100ByOrderByCreatedAtDesc();

	Optional<OutboxEmail> findByIdAndUserId(UUID id, UUID userId);

}
