package io.expensync.budgets;

import java.io.Serializable;
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
 * One account whose expenses count towards its user's budgets. A user without any counts
 * all accounts; the row goes with its account.
 */
@Entity
@Table(name = "budget_accounts")
@IdClass(BudgetAccount.Key.class)
class BudgetAccount implements Persistable<BudgetAccount.Key> {

	record Key(UUID userId, UUID accountId) implements Serializable {
	}

	@Id
	@Column(name = "user_id")
	private UUID userId;

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@Transient
	private boolean inserting;

	protected BudgetAccount() {
	}

	BudgetAccount(UUID userId, UUID accountId) {
		this.userId = userId;
		this.accountId = accountId;
		this.inserting = true;
	}

	@Override
	public Key getId() {
		return new Key(userId, accountId);
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

	UUID accountId() {
		return accountId;
	}

}
