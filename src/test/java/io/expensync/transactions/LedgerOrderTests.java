package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Postings lock accounts in the order the database sorts their ids, as account deletion
 * does with {@code order by id}; Java's own UUID order differs for ids whose first digit
 * is 8 or above, and two orders are how deadlocks start.
 */
class LedgerOrderTests {

	@Test
	void ordersIdsAsTheDatabaseDoesNotAsUuidCompareTo() {
		UUID low = UUID.fromString("10000000-0000-4000-8000-000000000000");
		UUID high = UUID.fromString("90000000-0000-4000-8000-000000000000");
		assertThat(high.compareTo(low)).as("Java compares signed halves").isNegative();
		assertThat(List.of(high, low).stream().sorted(Ledger.DATABASE_ORDER).toList()).containsExactly(low, high);
	}

}
