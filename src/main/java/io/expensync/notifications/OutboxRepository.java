package io.expensync.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface OutboxRepository extends JpaRepository<OutboxEmail, UUID> {

	List<OutboxEmail> findTop100ByUserIdOrderByCreatedAtDesc(UUID userId);

	List<OutboxEmail> findTop100ByOrderByCreatedAtDesc();

	Optional<OutboxEmail> findByIdAndUserId(UUID id, UUID userId);

	/**
	 * What the export tells of the user's emails, oldest first: id, subject, kind,
	 * status, created and sent; not the bodies, so they are not even read.
	 */
	@Query("""
			select e.id, e.subject, e.kind, e.status, e.createdAt, e.sentAt from OutboxEmail e
			where e.userId = :userId order by e.createdAt, e.id""")
	List<Object[]> summariesOf(UUID userId);

	/**
	 * Replaces the bodies of emails with one-time links written before {@code before}.
	 */
	@Modifying
	@Query("""
			update OutboxEmail e set e.html = :html, e.text = :text
			where e.oneTimeLink = true and e.createdAt < :before and e.text <> :text""")
	int forgetLinks(Instant before, String html, String text);

	/**
	 * Due emails, locked; rows another node is delivering right now are skipped, not
	 * waited for.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select e from OutboxEmail e where e.status = :status and e.nextAttemptAt <= :now order by e.nextAttemptAt")
	List<OutboxEmail> lockDue(OutboxEmail.Status status, Instant now, Limit limit);

}
