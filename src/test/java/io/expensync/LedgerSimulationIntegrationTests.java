package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.accounts.NewAccount;
import io.expensync.budgets.AccountsToCount;
import io.expensync.budgets.BudgetService;
import io.expensync.budgets.BudgetSetting;
import io.expensync.money.Money;
import io.expensync.recurring.RecurrenceInterval;
import io.expensync.recurring.RecurrenceRequest;
import io.expensync.recurring.RecurringOccurrencesJob;
import io.expensync.recurring.RecurringService;
import io.expensync.recurring.RecurringView;
import io.expensync.recurring.ScheduleChanges;
import io.expensync.recurring.ScheduleText;
import io.expensync.recurring.ScheduleTiming;
import io.expensync.register.Entries;
import io.expensync.transactions.BulkDeletion;
import io.expensync.transactions.SplitPart;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionFilter;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionView;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A ledger simulation in the spirit of TigerBeetle's: a seeded random workload from many
 * threads on a few users' shared accounts (create, amend amount, type and accounts,
 * transfer, delete, bulk delete, account deletion, schedules started in the past and
 * caught up, the booking job and single bookings racing each other, schedule and budget
 * changes, the clock moving on), then the invariants of DESIGN.md: every balance equals
 * its opening balance plus the signed sum of its rows (and each account's count of rows
 * its rows), and every transaction of a schedule is the booking of exactly one
 * occurrence.
 * <p>
 * A change that meets another one may be refused (a row deleted or changed meanwhile, an
 * account gone): those are counted, not failures. What a user would see as a server error
 * (a deadlock lost on every attempt of DeadlockRetry, a connection that never came) is
 * counted, printed as a finding and fails the run. Anything else fails it too, and every
 * failure names the seed that repeats it: {@code -Dexpensync.sim.seed=…}, with
 * {@code -Dexpensync.sim.operations=…} and {@code -Dexpensync.sim.threads=…} (each
 * thread's sequence of operations follows from the seed; how the threads interleave does
 * not). {@code bench/ledger-sim} runs it at benchmark size.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the Spring context of the other tests that move the clock
@Import(MovableClockConfiguration.class)
class LedgerSimulationIntegrationTests {

	private static final int ACCOUNTS_PER_USER = 4;

	/**
	 * How far the clock moves in a whole run, so daily schedules book a bounded amount.
	 */
	private static final int DAYS = 60;

	private static final Instant START = Instant.parse("2026-05-10T10:00:00Z");

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	@Autowired
	TestUsers testUsers;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionService transactions;

	@Autowired
	Entries entries;

	@Autowired
	BulkDeletion bulkDeletion;

	@Autowired
	RecurringService recurring;

	@Autowired
	ScheduleChanges scheduleChanges;

	@Autowired
	RecurringOccurrencesJob job;

	@Autowired
	BudgetService budgets;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();

	private final List<String> unexpected = new CopyOnWriteArrayList<>();

	private final AtomicLong days = new AtomicLong();

	/** Nanoseconds spent per kind of operation. */
	private final Map<String, AtomicLong> busy = new ConcurrentHashMap<>();

	private final List<Player> players = new ArrayList<>();

	private long seed;

	private int operations;

	@Test
	void balancesAndOccurrencesHoldUnderARandomConcurrentWorkload() throws Exception {
		boolean postgres = isPostgres();
		this.seed = Long.getLong("expensync.sim.seed", new Random().nextLong());
		this.operations = Integer.getInteger("expensync.sim.operations", postgres ? 2000 : 800);
		int threads = Integer.getInteger("expensync.sim.threads", 32);
		int users = Integer.getInteger("expensync.sim.users", 8);
		String repeat = ("repeat with -Dexpensync.sim.seed=%d -Dexpensync.sim.operations=%d -Dexpensync.sim.threads=%d"
				+ " -Dexpensync.sim.users=%d")
			.formatted(seed, operations, threads, users);
		System.out.printf("Ledger simulation: seed=%d operations=%d threads=%d users=%d on %s%n", seed, operations,
				threads, users, postgres ? "PostgreSQL" : "H2");

		clock.set(START);
		Random setup = new Random(seed);
		for (int n = 0; n < users; n++) {
			players.add(new Player(testUsers.signUp("Sim " + n)));
		}
		for (Player player : players) {
			for (int n = 0; n < ACCOUNTS_PER_USER; n++) {
				openAccount(player, setup);
			}
			for (int n = 0; n < 20; n++) {
				createOne(player, setup);
			}
		}

		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		for (int thread = 0; thread < threads; thread++) {
			Random random = new Random(seed * 31 + thread);
			int share = operations / threads + (thread < operations % threads ? 1 : 0);
			runs.add(pool.submit(() -> {
				go.await();
				for (int op = 0; op < share; op++) {
					runOne(random);
				}
				return null;
			}));
		}
		go.countDown();
		pool.shutdown();
		// generous: a stall shows as a slow run with its findings, not as a lost one
		boolean finished = pool.awaitTermination(Math.max(30, operations / 500), TimeUnit.MINUTES);
		for (Future<?> run : runs) {
			run.get(1, TimeUnit.SECONDS);
		}
		assertThat(finished).as("the workload finished; " + repeat).isTrue();
		double seconds = (System.nanoTime() - started) / 1e9;

		// whatever is due by now is booked, as the next run of the job would
		job.scheduled();
		// the budget alert checks that follow the commits run too, and leave nothing
		// behind
		afterCommitWork.await();
		List<String> broken = new ArrayList<>();
		int balances = checkBalances(broken);
		checkOccurrences(broken);
		checkSplits(broken);
		int betweenCurrencies = 0;
		int split = 0;
		for (Player player : players) {
			betweenCurrencies += jdbc.queryForObject(
					"select count(*) from transactions where user_id = ? and to_amount is not null", Integer.class,
					player.id());
			split += jdbc.queryForObject(
					"select count(distinct s.transaction_id) from transaction_splits s "
							+ "join transactions t on t.id = s.transaction_id where t.user_id = ?",
					Integer.class, player.id());
		}
		System.out.printf("Ledger simulation left %d transfers between currencies and %d split transactions%n",
				betweenCurrencies, split);

		Map<String, Integer> sorted = new TreeMap<>();
		outcomes.forEach((outcome, count) -> sorted.put(outcome, count.get()));
		System.out.println("Ledger simulation outcomes: " + sorted);
		System.out.println("Ledger simulation seconds per kind of operation, all threads: " + busy.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> "%s=%.1f".formatted(entry.getKey(), entry.getValue().get() / 1e9))
			.collect(Collectors.joining(" ")));
		System.out.println(
				"Ledger simulation findings (what a user would see as a server error): " + findings(sorted).entrySet()
					.stream()
					.map(entry -> entry.getKey() + "=" + entry.getValue())
					.collect(Collectors.joining(" ")));
		System.out.printf(Locale.ROOT, "ops=%d seconds=%.1f ops_per_s=%.0f refused=%d balances_checked=%d seed=%d%n",
				operations, seconds, operations / seconds, refused(sorted), balances, seed);

		assertThat(unexpected).as("failures other than refusals; " + repeat).isEmpty();
		assertThat(broken).as("broken invariants; " + repeat).isEmpty();
		assertThat(findings(sorted))
			.as("no operation waited out the pool (invariant 6) or lost a deadlock three times over; " + repeat)
			.isEmpty();
		assertThat(ok(sorted)).as("operations that went through; " + repeat).isGreaterThan(operations / 3);
		assertThat(betweenCurrencies).as("the workload covers transfers between currencies").isPositive();
		assertThat(split).as("the workload covers split transactions").isPositive();
	}

	/**
	 * The parts of every split transaction sum exactly to its amount, and a split one has
	 * no category of its own.
	 */
	private void checkSplits(List<String> broken) {
		jdbc.query("""
				select t.id, t.amount, t.category_key, sum(s.amount) as parts, count(*) as n
				from transactions t join transaction_splits s on s.transaction_id = t.id
				group by t.id, t.amount, t.category_key""", (rs) -> {
			if (rs.getBigDecimal("parts").compareTo(rs.getBigDecimal("amount")) != 0
					|| rs.getString("category_key") != null || rs.getInt("n") < 2) {
				broken.add("split %s: parts %s of %s, category %s".formatted(rs.getObject("id"),
						rs.getBigDecimal("parts"), rs.getBigDecimal("amount"), rs.getString("category_key")));
			}
		});
	}

	private void runOne(Random random) {
		Player player = players.get(random.nextInt(players.size()));
		int dice = random.nextInt(1000);
		// the clock moves DAYS days over the whole run, in steps of a day
		if (random.nextInt(operations) < DAYS) {
			attempt("tick", () -> tick());
			return;
		}
		String kind;
		Runnable operation;
		if (dice < 330) {
			kind = "create";
			operation = () -> createOne(player, random);
		}
		else if (dice < 360) {
			kind = "create-schedule";
			operation = () -> startSchedule(player, random);
		}
		else if (dice < 520) {
			kind = "amend";
			operation = () -> transactions.amend(player.id(), player.transactions.pick(random), draft(player, random));
		}
		else if (dice < 560) {
			kind = "amend-occurrence";
			operation = () -> transactions.amend(player.id(), recentOccurrence(player, random), draft(player, random));
		}
		else if (dice < 640) {
			kind = "delete";
			operation = () -> {
				UUID id = player.transactions.pick(random);
				transactions.delete(player.id(), id);
				player.transactions.remove(id);
			};
		}
		else if (dice < 660) {
			kind = "delete-occurrence";
			operation = () -> transactions.delete(player.id(), recentOccurrence(player, random));
		}
		else if (dice < 710) {
			kind = "bulk-delete";
			operation = () -> {
				Set<UUID> ids = new LinkedHashSet<>();
				for (int n = 1 + random.nextInt(5); n > 0; n--) {
					ids.add(player.transactions.pick(random));
				}
				bulkDeletion.deleteAll(player.id(), ids);
				ids.forEach(player.transactions::remove);
			};
		}
		else if (dice < 730) {
			kind = "delete-matching";
			operation = () -> {
				LocalDate from = today().minusDays(random.nextInt(90));
				bulkDeletion.deleteMatching(player.id(), new TransactionFilter(player.accounts.pick(random), null, null,
						from, from.plusDays(random.nextInt(3)), null));
			};
		}
		else if (dice < 742) {
			kind = "delete-account";
			operation = () -> deleteAccount(player, random);
		}
		else if (dice < 750) {
			kind = "create-account";
			operation = () -> openAccount(player, random);
		}
		else if (dice < 790) {
			kind = "job-run";
			operation = job::scheduled;
		}
		else if (dice < 830) {
			kind = "book-next";
			operation = () -> recurring.bookNext(player.schedules.pick(random), today(), true);
		}
		else if (dice < 870) {
			kind = "change-schedule";
			operation = () -> changeSchedule(player, random);
		}
		else if (dice < 900) {
			kind = "pause-skip-resume";
			operation = () -> pauseSkipOrResume(player, random);
		}
		else if (dice < 915) {
			kind = "reschedule";
			operation = () -> reschedule(player, random);
		}
		else if (dice < 960) {
			kind = "budget";
			operation = () -> changeBudget(player, random);
		}
		else {
			kind = "budget-accounts";
			operation = () -> budgets.countAccounts(player.user,
					new AccountsToCount(List.of(player.accounts.pick(random), player.accounts.pick(random))));
		}
		attempt(kind, operation);
	}

	private void attempt(String kind, Runnable operation) {
		long began = System.nanoTime();
		try {
			operation.run();
			count(kind + ":ok");
		}
		catch (RuntimeException ex) {
			String outcome = classify(ex);
			if (outcome == null) {
				count(kind + ":unexpected");
				if (unexpected.size() < 20) {
					unexpected.add(kind + ": " + stackTrace(ex));
				}
			}
			else {
				count(kind + ":" + outcome);
			}
		}
		finally {
			busy.computeIfAbsent(kind, key -> new AtomicLong()).addAndGet(System.nanoTime() - began);
		}
	}

	/**
	 * What a user would be told when a change meets another: refusals a user can act on
	 * (404, 400, 409), or, for what the app lets through as a server error, the kind of
	 * finding; null for anything else.
	 */
	private static String classify(Throwable ex) {
		String state = sqlState(ex);
		if ("40P01".equals(state)) {
			return "FINDING-deadlock";
		}
		if ("40001".equals(state)) {
			// PostgreSQL's serialization failure; H2 reports its deadlocks so
			return "FINDING-deadlock-or-serialization";
		}
		if (ex instanceof CannotCreateTransactionException || hasCause(ex, SQLTransientConnectionException.class)) {
			return "FINDING-no-connection";
		}
		if (ex instanceof PessimisticLockingFailureException) {
			return "FINDING-lock-" + ex.getClass().getSimpleName();
		}
		if (ex instanceof NotFoundException) {
			return "refused-not-found";
		}
		if (ex instanceof InvalidFieldException || ex instanceof IllegalArgumentException) {
			return "refused-invalid";
		}
		if (ex instanceof IllegalStateException) {
			return "refused-not-possible";
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return "refused-changed-meanwhile";
		}
		if (ex instanceof DataIntegrityViolationException) {
			return "refused-integrity";
		}
		if (ex instanceof NothingToPick) {
			return "skipped-nothing-to-pick";
		}
		return null;
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private void tick() {
		clock.set(START.plus(Duration.ofDays(days.incrementAndGet())));
	}

	private LocalDate today() {
		return players.get(0).user.today(clock);
	}

	/** Most accounts in euros, some in dollars and some in yen (no minor unit). */
	private void openAccount(Player player, Random random) {
		int dice = random.nextInt(12);
		String currency = (dice < 3) ? "USD" : (dice == 3) ? "JPY" : "EUR";
		AccountView account = accounts.create(player.id(), new NewAccount("Sim " + random.nextInt(1_000_000),
				AccountType.CURRENT, amount(random, currency, 200_000, -50_000), random.nextInt(10) == 0));
		player.currencies.put(account.id(), currency);
		player.accounts.add(account.id());
	}

	private void deleteAccount(Player player, Random random) {
		// keep a few, so that transfers still have two sides
		if (player.accounts.size() <= 3) {
			openAccount(player, random);
			return;
		}
		UUID account = player.accounts.pick(random);
		accounts.delete(player.id(), account, false);
		player.accounts.remove(account);
	}

	private void createOne(Player player, Random random) {
		player.transactions.add(transactions.record(player.id(), draft(player, random)).id());
	}

	private void startSchedule(Player player, Random random) {
		TransactionDraft draft = draft(player, random);
		if (draft.toAmount() != null || draft.splits() != null && !draft.splits().isEmpty()) {
			// a transfer between two currencies does not repeat (what arrives follows the
			// rate); schedules keep one category
			draft = new TransactionDraft(TransactionType.EXPENSE, draft.amount(), draft.currency(), draft.date(),
					draft.description(), "food", null, null, draft.accountId(), null);
		}
		// started up to five weeks back, so the request itself catches up
		draft = new TransactionDraft(draft.type(), draft.amount(), draft.currency(),
				today().minusDays(random.nextInt(35)), draft.description(), draft.category(), draft.merchant(),
				draft.notes(), draft.accountId(), draft.toAccountId());
		RecurrenceInterval interval = RecurrenceInterval.values()[random.nextInt(3)];
		LocalDate until = random.nextInt(4) == 0 ? draft.date().plusDays(20 + random.nextInt(60)) : null;
		TransactionView first = entries.record(player.id(), draft,
				new RecurrenceRequest(interval, 1 + random.nextInt(2), until), null);
		player.transactions.add(first.id());
		player.schedules.add(first.recurringRuleId());
	}

	private void changeSchedule(Player player, Random random) {
		RecurringView schedule = recurring.get(player.id(), player.schedules.pick(random));
		scheduleChanges.change(player.id(), schedule.id(), new ScheduleText(amount(random).amount().toPlainString(),
				"changed " + random.nextInt(100), schedule.category(), null));
	}

	private void pauseSkipOrResume(Player player, Random random) {
		UUID schedule = player.schedules.pick(random);
		switch (random.nextInt(4)) {
			case 0 -> scheduleChanges.pause(player.id(), schedule);
			case 1 -> scheduleChanges.resume(player.id(), schedule, today());
			case 2 -> scheduleChanges.skipNext(player.id(), schedule);
			default -> scheduleChanges.end(player.id(), schedule, today());
		}
	}

	private void reschedule(Player player, Random random) {
		RecurringView schedule = recurring.get(player.id(), player.schedules.pick(random));
		scheduleChanges.reschedule(player.id(), schedule.id(),
				new ScheduleTiming(RecurrenceInterval.values()[random.nextInt(3)].name(),
						String.valueOf(1 + random.nextInt(2)), today().plusDays(random.nextInt(5)).toString(), null),
				today());
	}

	private void changeBudget(Player player, Random random) {
		String scope = random.nextBoolean() ? "ALL" : "groceries";
		if (random.nextInt(5) == 0) {
			budgets.remove(player.user, scope);
		}
		else {
			budgets.set(player.user,
					new BudgetSetting(scope, Money.of(BigDecimal.valueOf(1 + random.nextInt(500_000), 2), "EUR"),
							List.of(50 + random.nextInt(50), 100)));
		}
	}

	/**
	 * One of the transactions the job or a catch-up booked lately, which no thread knows
	 * the id of.
	 */
	private UUID recentOccurrence(Player player, Random random) {
		List<UUID> recent = jdbc.queryForList("""
				select id from transactions where user_id = ? and recurring_rule_id is not null
				order by created_at desc fetch first 10 rows only""", UUID.class, player.id());
		if (recent.isEmpty()) {
			throw new NothingToPick();
		}
		return recent.get(random.nextInt(recent.size()));
	}

	private TransactionDraft draft(Player player, Random random) {
		TransactionType type = TransactionType.values()[random.nextInt(3)];
		UUID from = player.accounts.pick(random);
		UUID to = player.accounts.pick(random);
		if (type == TransactionType.TRANSFER && from.equals(to)) {
			type = TransactionType.EXPENSE;
		}
		String category = switch (type) {
			case INCOME -> "salary";
			case EXPENSE -> random.nextBoolean() ? "groceries" : "food";
			case TRANSFER -> null;
		};
		Money amount = amount(random, player.currency(from), 100_000, 1);
		// a transfer between two currencies carries what arrives; one expense in six is
		// split in two
		Money received = (type == TransactionType.TRANSFER && !player.currency(from).equals(player.currency(to)))
				? amount(random, player.currency(to), 100_000, 1) : null;
		List<SplitPart> parts = List.of();
		if (type == TransactionType.EXPENSE && random.nextInt(6) == 0
				&& amount.amount().compareTo(BigDecimal.ONE) > 0) {
			BigDecimal first = amount.amount().subtract(BigDecimal.ONE);
			parts = List.of(new SplitPart("groceries", first, "part"), new SplitPart("food", BigDecimal.ONE, null));
		}
		return new TransactionDraft(type, amount.amount(), amount.currency().getCurrencyCode(),
				today().minusDays(random.nextInt(90)), "sim " + random.nextInt(1000), category, null, null, from,
				type == TransactionType.TRANSFER ? to : null, null, null, null, parts,
				(received != null) ? received.amount() : null, null, null, null);
	}

	/** Euros and cents as schedules and budgets use them. */
	private static Money amount(Random random) {
		return amount(random, "EUR", 100_000, 1);
	}

	/**
	 * Between {@code least} and {@code least + spread} of the currency's smallest unit:
	 * cents, or whole yen.
	 */
	private static Money amount(Random random, String currency, int spread, int least) {
		int units = least + random.nextInt(spread);
		return Money.of(currency.equals("JPY") ? BigDecimal.valueOf(units) : BigDecimal.valueOf(units, 2), currency);
	}

	/**
	 * Invariant 1: every account of the simulated users, its balance against its opening
	 * balance plus the signed sum of its rows (a transfer takes from its source and adds
	 * to its target), and the counts of rows it books and receives against its rows.
	 */
	private int checkBalances(List<String> broken) {
		int checked = 0;
		for (Player player : players) {
			List<Map<String, Object>> rows = jdbc.queryForList("""
					select a.id, a.name, a.balance, a.opening_balance + coalesce((
					  select sum(case when t.account_id = a.id then
					                case when t.type = 'INCOME' then t.amount else -t.amount end
					              else coalesce(t.to_amount, t.amount) end)
					  from transactions t where t.account_id = a.id or t.to_account_id = a.id), 0) as expected,
					a.booked_rows, (select count(*) from transactions t where t.account_id = a.id) as booked,
					a.received_rows, (select count(*) from transactions t where t.to_account_id = a.id) as received
					from accounts a where a.user_id = ?""", player.id());
			for (Map<String, Object> row : rows) {
				checked++;
				BigDecimal balance = (BigDecimal) row.get("balance");
				BigDecimal expected = (BigDecimal) row.get("expected");
				if (balance.compareTo(expected) != 0) {
					broken.add("account %s (%s): balance %s, opening balance plus its rows %s, off by %s".formatted(
							row.get("id"), row.get("name"), balance.toPlainString(), expected.toPlainString(),
							balance.subtract(expected).toPlainString()));
				}
				// the counts the pages show kept with the balance: rows booked and
				// received
				long keptBooked = ((Number) row.get("booked_rows")).longValue();
				long keptReceived = ((Number) row.get("received_rows")).longValue();
				long booked = ((Number) row.get("booked")).longValue();
				long received = ((Number) row.get("received")).longValue();
				if (keptBooked != booked || keptReceived != received) {
					broken.add("account %s (%s): counts %d booked and %d received, its rows %d and %d"
						.formatted(row.get("id"), row.get("name"), keptBooked, keptReceived, booked, received));
				}
			}
		}
		return checked;
	}

	/**
	 * Invariant 3: every transaction of a schedule is the booking of exactly one
	 * occurrence, and no occurrence claims a transaction twice.
	 */
	private void checkOccurrences(List<String> broken) {
		for (Player player : players) {
			List<Map<String, Object>> unclaimed = jdbc.queryForList("""
					select t.id, t.recurring_rule_id, t.booked_on, t.amount from transactions t
					join recurring_rules r on r.id = t.recurring_rule_id
					where t.user_id = ?
					and not exists (select 1 from recurring_occurrences o where o.transaction_id = t.id)""",
					player.id());
			unclaimed.forEach(row -> broken.add("booked without its occurrence: " + row));
			List<Map<String, Object>> twice = jdbc.queryForList("""
					select o.transaction_id, count(*) as occurrences from recurring_occurrences o
					join recurring_rules r on r.id = o.rule_id
					where r.user_id = ? and o.transaction_id is not null
					group by o.transaction_id having count(*) > 1""", player.id());
			twice.forEach(row -> broken.add("one transaction for two occurrences: " + row));
		}
	}

	private boolean isPostgres() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
	}

	private static Map<String, Integer> findings(Map<String, Integer> outcomes) {
		Map<String, Integer> findings = new TreeMap<>();
		outcomes.forEach((outcome, count) -> {
			int at = outcome.indexOf(":FINDING-");
			if (at >= 0) {
				findings.merge(outcome.substring(at + ":FINDING-".length()), count, Integer::sum);
			}
		});
		return findings;
	}

	private static int refused(Map<String, Integer> outcomes) {
		return outcomes.entrySet()
			.stream()
			.filter(entry -> entry.getKey().contains(":refused-") || entry.getKey().contains(":FINDING-"))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	private static int ok(Map<String, Integer> outcomes) {
		return outcomes.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith(":ok"))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	private void count(String outcome) {
		outcomes.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
	}

	private static String stackTrace(Throwable ex) {
		java.io.StringWriter text = new java.io.StringWriter();
		ex.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

	/** One simulated user and the ids the threads have seen of theirs. */
	private static final class Player {

		final CurrentUser user;

		final Ids accounts = new Ids();

		final Ids transactions = new Ids();

		final Ids schedules = new Ids();

		final Map<UUID, String> currencies = new ConcurrentHashMap<>();

		Player(CurrentUser user) {
			this.user = user;
		}

		/** The account's currency; an account another thread just opened is in euros. */
		String currency(UUID account) {
			return currencies.getOrDefault(account, "EUR");
		}

		UUID id() {
			return user.id();
		}

	}

	/**
	 * Ids the threads pick from at random: some are gone by the time they are used, as in
	 * a browser tab left open.
	 */
	private static final class Ids {

		private final List<UUID> list = new ArrayList<>();

		private final Map<UUID, Integer> index = new HashMap<>();

		synchronized void add(UUID id) {
			if (index.putIfAbsent(id, list.size()) == null) {
				list.add(id);
			}
		}

		synchronized void remove(UUID id) {
			Integer at = index.remove(id);
			if (at != null) {
				UUID last = list.remove(list.size() - 1);
				if (at < list.size()) {
					list.set(at, last);
					index.put(last, at);
				}
			}
		}

		synchronized UUID pick(Random random) {
			if (list.isEmpty()) {
				throw new NothingToPick();
			}
			return list.get(random.nextInt(list.size()));
		}

		synchronized int size() {
			return list.size();
		}

	}

	/** Nothing of the kind to pick yet: the operation is skipped. */
	private static final class NothingToPick extends RuntimeException {

	}

}
