package io.expensync.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import io.expensync.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An account and its running balance. The balance is written once on insert and
 * afterwards only by {@link AccountRepository#post}, a relative update in the database,
 * so no entity save can overwrite it.
 */
@Entity
@Table(name = "accounts")
class Account {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountType type;

	@Column(nullable = false, updatable = false)
	private Currency currency;

	@Column(nullable = false, updatable = false, precision = 19, scale = 4)
	private BigDecimal balance;

	@Column(name = "opening_balance", nullable = false, updatable = false, precision = 19, scale = 4)
	private BigDecimal openingBalance;

	/**
	 * The owner's id while this is their default account, else null; unique, so a user
	 * has at most one.
	 */
	@Column(name = "default_owner", updatable = false)
	private @Nullable UUID defaultOwner;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Account() {
	}

	Account(UUID userId, String name, AccountType type, Money openingBalance, boolean isDefault, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name.strip();
		this.type = type;
		this.currency = openingBalance.currency();
		this.balance = openingBalance.amount();
		this.openingBalance = openingBalance.amount();
		this.defaultOwner = isDefault ? userId : null;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void rename(String newName, Instant now) {
		this.name = newName.strip();
		this.updatedAt = now;
	}

	void changeType(AccountType newType, Instant now) {
		this.type = newType;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	boolean isDefault() {
		return defaultOwner != null;
	}

	Instant createdAt() {
		return createdAt;
	}

	AccountView view() {
		return new AccountView(id, name, type, Money.of(balance, currency), Money.of(openingBalance, currency),
				isDefault(), createdAt, updatedAt);
	}

}
