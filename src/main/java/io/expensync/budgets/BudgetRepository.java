package io.expensync.budgets;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetRepository extends JpaRepository<Budget, UUID> {

	Optional<Budget> findByUserIdAndScope(UUID userId, String scope);

	List<Budget> findByUserIdOrderByScopeAsc(UUID userId);

	@Query("select distinct b.userId from Budget b")
	List<UUID> findUsersWithBudgets();

}
