package io.expensync.reports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonthlyReportRepository extends JpaRepository<MonthlyReport, UUID> {

	Optional<MonthlyReport> findByUserIdAndMonth(UUID userId, String month);

	boolean existsByUserIdAndMonth(UUID userId, String month);

	List<MonthlyReport> findByUserIdOrderByMonthDesc(UUID userId);

}
