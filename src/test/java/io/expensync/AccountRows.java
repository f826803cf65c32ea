package io.expensync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.users.UserView;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An account as a row of the accounts table only, for the module tests that boot a module
 * without the accounts module: rows of transactions and schedules name their account, and
 * the database holds them to it. The view returned is what a stand-in
 * {@code AccountService} answers with.
 */
public record AccountRows(JdbcTemplate jdbc) {

	/** A current account in euros, not the default, with nothing booked on it. */
	public AccountView insert(UserView owner, String name, String balance) {
		UUID id = UUID.randomUUID();
		Money money = Money.of(balance, "EUR");
		Instant now = Instant.now();
		jdbc.update("""
				insert into accounts (id, user_id, name, type, currency, balance, opening_balance, created_at,
				updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", id, owner.id(), name,
				AccountType.CURRENT.name(), "EUR", money.amount(), money.amount(), Timestamp.from(now),
				Timestamp.from(now));
		return new AccountView(id, name, AccountType.CURRENT, money, money, false, now, now);
	}

}
