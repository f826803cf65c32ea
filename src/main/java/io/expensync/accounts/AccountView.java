package io.expensync.accounts;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import io.expensync.money.Money;

/** An account as pages, the API and other modules read it. */
public record AccountView(UUID id, String name, AccountType type, Money balance, Money openingBalance,
		boolean isDefault, Instant createdAt, Instant updatedAt) {

	public Currency currency() {
		return balance.currency();
	}

}
