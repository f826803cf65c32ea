package io.expensync.budgets;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An alert that went out: its key (budget, month, threshold) lets each go out at most
 * once.
 */
@Entity
@Table(name = "budget_alerts")
@IdClass(BudgetAlert.Key.class)
class BudgetAlert implements Persistable<BudgetAlert.Key> {

	record Key(UUID budgetId, String month, int threshold) implements Serializable {
	}

	@Id
	@Column(name = "budget_id")
	private UUID budgetId;

	@Id
	@Column(name = "alert_month")
	private String month;

	@Id
	private int threshold;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Transient
	private boolean inserting;

	protected BudgetAlert() {
	}

	BudgetAlert(UUID budgetId, String month, int threshold, Instant now) {
		this.budgetId = budgetId;
		this.month = month;
		this.threshold = threshold;
		this.createdAt = now;
		this.inserting = true;
	}

	@Override
	public Key getId() {
		return new Key(budgetId, month, threshold);
	}

	@Override
	public boolean isNew() {
		return inserting;
	}

	@PostPersist
	@PostLoad
	void stored() {
		this.inserting = false;
	}

}
