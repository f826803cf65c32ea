package io.expensync.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A monthly spending limit. Its scope is {@value #ALL} for all spending; category budgets
 * come later.
 */
@Entity
@Table(name = "budgets")
class Budget {

	static final String ALL = "ALL";

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private UUID userId;

	@Column(nullable = false, updatable = false)
	private String scope;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal amount;

	@Column(nullable = false)
	private Currency currency;

	@Column(nullable = false)
	private String thresholds;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Budget() {
	}

	Budget(UUID userId, String scope, Money amount, List<Integer> thresholds, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.scope = scope;
		this.createdAt = now;
		change(amount, thresholds, now);
	}

	void change(Money newAmount, List<Integer> newThresholds, Instant now) {
		if (!newAmount.isPositive()) {
			throw new IllegalArgumentException("a budget is above zero");
		}
		this.amount = newAmount.amount();
		this.currency = newAmount.currency();
		this.thresholds = newThresholds.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.updatedAt = now;
	}

	List<Integer> thresholds() {
		return Arrays.stream(thresholds.split(",")).map(Integer::valueOf).toList();
	}

	UUID id() {
		return id;
	}

	String scope() {
		return scope;
	}

	Money amount() {
		return Money.of(amount, currency);
	}

	BudgetChanged.Terms terms() {
		return new BudgetChanged.Terms(amount(), thresholds());
	}

}
