package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.transactions.Transaction.Posting;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * The ledger posts to accounts in the order the database sorts their ids, as account
 * deletion does with {@code order by id}; Java's own UUID order differs for ids whose
 * first digit is 8 or above, and two orders are how deadlocks start. It leaves alone the
 * accounts a change does not touch, and reverses a change by posting its negation.
 */
class LedgerTests {

	static final UUID USER = UUID.fromString("00000000-0000-4000-8000-00000000000a");

	static final UUID LOW = UUID.fromString("10000000-0000-4000-8000-000000000000");

	static final UUID HIGH = UUID.fromString("90000000-0000-4000-8000-000000000000");

	static final UUID HIGHER = UUID.fromString("a0000000-0000-4000-8000-000000000000");

	final AccountService accounts = mock(AccountService.class);

	final Ledger ledger = new Ledger(accounts);

	@Test
	void ordersIdsAsTheDatabaseDoesNotAsUuidCompareTo() {
		assertThat(HIGH.compareTo(LOW)).as("Java compares signed halves").isNegative();
		assertThat(List.of(HIGH, LOW).stream().sorted(Ledger.DATABASE_ORDER).toList()).containsExactly(LOW, HIGH);
	}

	@Test
	void postsToEachAccountInDatabaseOrderWhateverTheMapsOrder() {
		Map<UUID, Posting> postings = new LinkedHashMap<>();
		postings.put(HIGHER, new Posting(new BigDecimal("5.00"), 0, 1));
		postings.put(HIGH, new Posting(new BigDecimal("-5.00"), 1, 0));
		postings.put(LOW, new Posting(new BigDecimal("2.50"), 1, 0));

		ledger.post(USER, postings);

		InOrder order = inOrder(accounts);
		order.verify(accounts).post(USER, LOW, new BigDecimal("2.50"), 1, 0);
		order.verify(accounts).post(USER, HIGH, new BigDecimal("-5.00"), 1, 0);
		order.verify(accounts).post(USER, HIGHER, new BigDecimal("5.00"), 0, 1);
		verifyNoMoreInteractions(accounts);
	}

	@Test
	void leavesAloneAnAccountWhosePostingChangesNothing() {
		ledger.post(USER, Map.of(LOW, Posting.NONE, HIGH, new Posting(BigDecimal.ZERO, 0, 0), HIGHER,
				new Posting(BigDecimal.ZERO, 1, -1)));

		verify(accounts).post(USER, HIGHER, BigDecimal.ZERO, 1, -1);
		verifyNoMoreInteractions(accounts);
	}

	@Test
	void reversingPostsTheNegationInDatabaseOrder() {
		ledger.reverse(USER, Map.of(HIGH, new Posting(new BigDecimal("-7.25"), 1, 0), LOW,
				new Posting(new BigDecimal("7.25"), 0, 1)));

		InOrder order = inOrder(accounts);
		order.verify(accounts).post(USER, LOW, new BigDecimal("-7.25"), 0, -1);
		order.verify(accounts).post(USER, HIGH, new BigDecimal("7.25"), -1, 0);
		verifyNoMoreInteractions(accounts);
	}

	@Test
	void addingKeepsARunningTotalPerAccount() {
		Map<UUID, Posting> total = new HashMap<>();
		Ledger.add(total, Map.of(LOW, new Posting(new BigDecimal("-10.00"), 1, 0), HIGH,
				new Posting(new BigDecimal("10.00"), 0, 1)));
		Ledger.add(total, Map.of(LOW, new Posting(new BigDecimal("3.50"), 1, 0)));

		assertThat(total).containsOnlyKeys(LOW, HIGH);
		assertThat(total.get(LOW)).isEqualTo(new Posting(new BigDecimal("-6.50"), 2, 0));
		assertThat(total.get(HIGH)).isEqualTo(new Posting(new BigDecimal("10.00"), 0, 1));
	}

	@Test
	void locksThroughTheAccounts() {
		ledger.lockAccounts(USER);

		verify(accounts).lockAll(USER);
	}

}
