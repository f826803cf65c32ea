package io.expensync.budgets;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetRepository extends JpaRepository<Budget, UUID> {

	Optional<Budget> findByUserIdAndScope(UUID userId, String scope);

	List<Budget> findByUserIdOrderByScopeAsc(UUID userId);

	/**
	 * The user's budgets, locked until the transaction ends: one user's alert checks take
	 * turns, so the second finds the first one's alerts instead of colliding with them.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Budget b where b.userId = :userId order by b.scope")
	List<Budget> lockAllOfUser(UUID userId);

	@Query("select distinct b.userId from Budget b")
	List<UUID> findUsersWithBudgets();

}
