package io.expensync.users.email;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmailTokenRepository extends JpaRepository<EmailToken, UUID> {

	Optional<EmailToken> findByTokenHashAndPurpose(String tokenHash, EmailToken.Purpose purpose);

	/** Uses the token if nobody has: answers 1 for the one request that did. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update EmailToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.expiresAt > :now")
	int use(UUID id, Instant now);

	/** Every unused link of that kind stops working, e.g. once the password is reset. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update EmailToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
	int useAll(UUID userId, EmailToken.Purpose purpose, Instant now);

}
