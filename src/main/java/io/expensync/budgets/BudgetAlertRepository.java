package io.expensync.budgets;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetAlertRepository extends JpaRepository<BudgetAlert, BudgetAlert.Key> {

}
