package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invariant 1, read straight from the tables: an account's balance equals its opening
 * balance, less what left it (expenses, transfers out), plus what came in (income,
 * transfers to it, by what arrived when the two accounts' currencies differ).
 */
public final class BalanceFromRows {

	private BalanceFromRows() {
	}

	public static void assertMatches(JdbcTemplate jdbc, String accountId, long seed) {
		Map<String, Object> row = jdbc.queryForMap("""
				select a.balance,
				       a.opening_balance
				       - coalesce((select sum(t.amount) from transactions t
				                   where t.account_id = a.id and t.type <> 'INCOME'), 0)
				       + coalesce((select sum(t.amount) from transactions t
				                   where t.account_id = a.id and t.type = 'INCOME'), 0)
				       + coalesce((select sum(coalesce(t.to_amount, t.amount)) from transactions t
				                   where t.to_account_id = a.id), 0)
				       as from_rows
				from accounts a where a.id = ?
				""", UUID.fromString(accountId));
		assertThat((BigDecimal) row.get("balance")).as("balance of %s (seed %d)", accountId, seed)
			.isEqualByComparingTo((BigDecimal) row.get("from_rows"));
	}

}
