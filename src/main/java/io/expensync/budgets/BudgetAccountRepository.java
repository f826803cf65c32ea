package io.expensync.budgets;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BudgetAccountRepository extends JpaRepository<BudgetAccount, BudgetAccount.Key> {

	@Query("select a.accountId from BudgetAccount a where a.userId = :userId")
	List<UUID> findAccountIds(UUID userId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from BudgetAccount a where a.userId = :userId")
	int deleteByUser(UUID userId);

}
