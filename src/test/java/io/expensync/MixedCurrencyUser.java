package io.expensync;

import java.time.Clock;
import java.time.LocalDate;

import io.expensync.users.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user whose home currency is the euro, with a Giro of €1,000.00, a Travel account of
 * US$100.00 and a Card of ¥10,000, and no ECB rates known: for the pages that total
 * accounts in several currencies.
 */
public record MixedCurrencyUser(CurrentUser user, LocalDate yesterday) {

	public static MixedCurrencyUser signUp(TestUsers users, Api api, JdbcTemplate jdbc, Clock clock) {
		jdbc.update("delete from reference_rates");
		CurrentUser ann = users.signUp("Ann");
		api.account(ann, "Giro", "EUR", "1000.00");
		api.account(ann, "Travel", "USD", "100.00");
		api.account(ann, "Card", "JPY", "10000");
		return new MixedCurrencyUser(ann, ann.today(clock).minusDays(1));
	}

}
