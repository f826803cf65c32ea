package io.expensync.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.UUID;

import io.expensync.reports.MonthlyReportView.Summary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

/**
 * A stored monthly report. Written once and never changed: (user, month) is unique, so
 * the job that makes it can run again, or on two nodes, without a second report or a
 * second email.
 */
@Entity
@Table(name = "monthly_reports")
class MonthlyReport implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(name = "report_month", nullable = false, updatable = false)
	private String month;

	@Column(nullable = false, updatable = false)
	private Currency currency;

	@Column(nullable = false, updatable = false, precision = 19, scale = 4)
	private BigDecimal income;

	@Column(nullable = false, updatable = false, precision = 19, scale = 4)
	private BigDecimal expenses;

	@Column(nullable = false, updatable = false)
	private int transactions;

	@Column(nullable = false, updatable = false)
	private String details;

	@Column(nullable = false, updatable = false)
	private boolean emailed;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private @Nullable String summary;

	@Column(name = "summary_model", updatable = false)
	private @Nullable String summaryModel;

	@Transient
	private boolean fresh;

	protected MonthlyReport() {
	}

	MonthlyReport(UUID userId, YearMonth month, Currency currency, BigDecimal income, BigDecimal expenses,
			int transactions, String details, @Nullable Summary summary, boolean emailed, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.month = month.toString();
		this.currency = currency;
		this.income = income;
		this.expenses = expenses;
		this.transactions = transactions;
		this.details = details;
		this.summary = (summary != null) ? summary.text() : null;
		this.summaryModel = (summary != null) ? summary.model() : null;
		this.emailed = emailed;
		this.createdAt = now;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/** Always inserted, never merged: a second report for the month fails on its key. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	YearMonth month() {
		return YearMonth.parse(month);
	}

	Currency currency() {
		return currency;
	}

	BigDecimal income() {
		return income;
	}

	BigDecimal expenses() {
		return expenses;
	}

	int transactions() {
		return transactions;
	}

	String details() {
		return details;
	}

	@Nullable Summary summary() {
		return (summary != null && summaryModel != null) ? new Summary(summary, summaryModel) : null;
	}

	boolean emailed() {
		return emailed;
	}

	Instant createdAt() {
		return createdAt;
	}

}
