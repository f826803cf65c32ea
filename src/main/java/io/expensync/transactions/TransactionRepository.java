package io.expensync.transactions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TransactionRepository extends JpaRepository<Transaction, UUID>, JpaSpecificationExecutor<Transaction> {

	Optional<Transaction> findByIdAndUserId(UUID id, UUID userId);

	List<Transaction> findByUserIdAndIdIn(UUID userId, Collection<UUID> ids);

	@Query("select t from Transaction t where t.userId = :userId and (t.accountId = :accountId or t.toAccountId = :accountId)")
	List<Transaction> findTouching(UUID userId, UUID accountId);

	@Query("select count(t) from Transaction t where t.userId = :userId and (t.accountId = :accountId or t.toAccountId = :accountId)")
	long countTouching(UUID userId, UUID accountId);

}
