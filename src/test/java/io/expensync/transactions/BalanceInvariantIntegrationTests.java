package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.expensync.TestUsers;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.accounts.NewAccount;
import io.expensync.money.Money;
import io.expensync.users.CurrentUser;
import io.expensync.web.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invariant 1 of DESIGN.md: after many threads create, amend (amount, type, accounts),
 * delete and bulk delete transactions and transfers on the same accounts, every balance
 * equals its opening balance plus the signed sum of its transactions. Conflicting changes
 * may be refused (and rolled back), never half-applied.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused: shares the context of the tests that use it
class BalanceInvariantIntegrationTests {

	private static final int THREADS = 16;

	private static final int OPERATIONS_PER_THREAD = 60;

	@Autowired
	TestUsers testUsers;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionService transactions;

	@Autowired
	BulkDeletion bulkDeletion;

	@Autowired
	JdbcTemplate jdbc;

	private final List<UUID> known = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

	private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

	@Test
	void balancesEqualOpeningPlusSignedSumAfterConcurrentChanges() throws Exception {
		CurrentUser user = testUsers.signUp("Concurrent Connie");
		List<UUID> shared = new ArrayList<>();
		for (String opening : List.of("100.00", "0", "-50.25", "1000.10")) {
			shared.add(
					accounts
						.create(user.id(),
								new NewAccount("Shared " + opening, AccountType.CURRENT, Money.of(opening, "EUR"),
										false))
						.id());
		}
		Random seeding = new Random(42);
		for (int i = 0; i < 40; i++) {
			known.add(transactions.record(user.id(), randomDraft(seeding, shared)).id());
		}

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		for (int thread = 0; thread < THREADS; thread++) {
			Random random = new Random(1000 + thread);
			pool.submit(() -> {
				start.await();
				for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
					runOne(user, shared, random);
				}
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

		System.out.println("Concurrent outcomes: " + outcomes);
		assertThat(unexpected).as("failures other than refused conflicts").isEmpty();
		int succeeded = outcomes.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith(":ok"))
			.mapToInt(entry -> entry.getValue().get())
			.sum();
		assertThat(succeeded).as("operations that went through: " + outcomes)
			.isGreaterThan(THREADS * OPERATIONS_PER_THREAD / 2);
		for (UUID accountId : shared) {
			AccountView account = accounts.get(user.id(), accountId);
			assertThat(account.balance().amount()).as(account.name())
				.isEqualByComparingTo(account.openingBalance().amount().add(signedSum(accountId)));
		}
	}

	private void runOne(CurrentUser user, List<UUID> shared, Random random) {
		int dice = random.nextInt(100);
		String kind = dice < 35 ? "create"
				: dice < 65 ? "amend" : dice < 80 ? "delete" : dice < 93 ? "bulk-delete" : "delete-matching";
		try {
			switch (kind) {
				case "create" -> known.add(transactions.record(user.id(), randomDraft(random, shared)).id());
				case "amend" -> transactions.amend(user.id(), pick(random), randomDraft(random, shared));
				case "delete" -> transactions.delete(user.id(), pick(random));
				case "bulk-delete" ->
					bulkDeletion.deleteAll(user.id(), List.of(pick(random), pick(random), pick(random)));
				default -> {
					LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
					bulkDeletion.deleteMatching(user.id(), new TransactionFilter(
							shared.get(random.nextInt(shared.size())), null, null, day, day.plusDays(2), null));
				}
			}
			count(kind + ":ok");
		}
		catch (RuntimeException ex) {
			if (isRefusedConflict(ex)) {
				count(kind + ":refused");
			}
			else {
				unexpected.add(ex);
			}
		}
	}

	/**
	 * What a concurrent change may legitimately meet: a row someone else changed or
	 * deleted first, or a lock wait.
	 */
	private static boolean isRefusedConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
					|| cause instanceof NotFoundException) {
				return true;
			}
		}
		return false;
	}

	private UUID pick(Random random) {
		return known.get(random.nextInt(known.size()));
	}

	private static TransactionDraft randomDraft(Random random, List<UUID> shared) {
		TransactionType type = TransactionType.values()[random.nextInt(3)];
		UUID from = shared.get(random.nextInt(shared.size()));
		UUID to = shared.get((shared.indexOf(from) + 1 + random.nextInt(shared.size() - 1)) % shared.size());
		Money amount = Money.of(BigDecimal.valueOf(1 + random.nextInt(50_000), 2), "EUR");
		String category = switch (type) {
			case INCOME -> "salary";
			case EXPENSE -> "groceries";
			case TRANSFER -> null;
		};
		return new TransactionDraft(type, amount, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)), "concurrent",
				category, null, null, from, type == TransactionType.TRANSFER ? to : null);
	}

	private BigDecimal signedSum(UUID accountId) {
		return jdbc.queryForObject("""
				select coalesce(sum(case when t.account_id = ? then
				          case when t.type = 'INCOME' then t.amount else -t.amount end
				        else coalesce(t.to_amount, t.amount) end), 0)
				from transactions t where t.account_id = ? or t.to_account_id = ?
				""", BigDecimal.class, accountId, accountId, accountId);
	}

	private void count(String outcome) {
		outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
	}

}
