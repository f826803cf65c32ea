package io.expensync.apitokens;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	/**
	 * The one finder without a user: signing a request in is how the user is found. The
	 * hash is of 256 random bits, so no one finds another's token by it.
	 */
	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdAsc(UUID userId);

	Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

	long countByUserId(UUID userId);

	boolean existsByUserIdAndNameIgnoreCase(UUID userId, String name);

}
