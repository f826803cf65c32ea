package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.expensync.ConcurrentClients.Outcome;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Bank-statement imports committed by many clients at once, on H2 and on PostgreSQL
 * (where they are booked by {@code COPY}): several users, each with overlapping
 * statements of one account previewed together and committed together, while other
 * clients of the same users add transactions and import and undo statements of a second
 * account. Afterwards every balance equals its opening balance plus the signed sum of its
 * rows, the overlapping statements added each of the bank's ids exactly once, the undone
 * imports left nothing, and no request failed or waited out a lock.
 */
@SpringBootTest(
		properties = { "spring.datasource.hikari.connection-timeout=30000", "expensync.limits.writes-per-user=100000" })
@AutoConfigureMockMvc
class ConcurrentImportsIntegrationTests {

	static final int USERS = 4;

	/** Each client: upload, commit, a transaction, an undo or another transaction. */
	static final int OPERATIONS = 4;

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

	/** Each statement of the main account covers this many days, three rows a day. */
	static final int DAYS = 30;

	/** The next statement starts this many days after the one before: they overlap. */
	static final int STEP = 10;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	@Test
	void sixteenClientsCommitOverlappingStatementsAtOnce() throws Exception {
		importAtOnce(16, 20261203L);
	}

	@Test
	void sixtyFourClientsCommitOverlappingStatementsAtOnce() throws Exception {
		importAtOnce(64, 20261204L);
	}

	private void importAtOnce(int clients, long seed) throws Exception {
		Api api = new Api(mvc);
		List<Ledger> ledgers = new ArrayList<>();
		for (int u = 0; u < USERS; u++) {
			CurrentUser user = users.signUp("Importer " + seed + " " + u);
			ledgers
				.add(new Ledger(u, user, api.account(user, "Giro", "1000.00"), api.account(user, "Savings", "50.00")));
		}
		List<ConcurrentClients.Client> all = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			all.add(new Importer(api, ledgers.get(c % USERS), c / USERS, c)::next);
		}
		ConcurrentClients.run(all, OPERATIONS, Duration.ofMinutes(5)).assertAnsweredWell(clients, seed);

		afterCommitWork.await();
		int statements = (clients + USERS - 1) / USERS;
		for (Ledger ledger : ledgers) {
			BalanceFromRows.assertMatches(jdbc, ledger.giro(), seed);
			BalanceFromRows.assertMatches(jdbc, ledger.savings(), seed);
			assertThat(jdbc.queryForList("""
					select bank_id from transactions where account_id = ? and bank_id is not null
					group by bank_id having count(*) > 1""", String.class, UUID.fromString(ledger.giro())))
				.as("bank ids booked twice on the main account (seed %d)", seed)
				.isEmpty();
			assertThat(new TreeSet<>(
					jdbc.queryForList("select bank_id from transactions where account_id = ? and bank_id is not null",
							String.class, UUID.fromString(ledger.giro()))))
				.as("the overlapping statements' rows, each once (seed %d)", seed)
				.isEqualTo(bankIds(ledger.index(), statements));
			assertThat(jdbc.queryForObject("""
					select count(*) from transactions where account_id = ? and import_id is not null""", Long.class,
					UUID.fromString(ledger.savings())))
				.as("the undone imports left nothing (seed %d)", seed)
				.isZero();
			assertThat(jdbc.queryForObject("select count(*) from transactions where account_id = ? and bank_id is null",
					Long.class, UUID.fromString(ledger.giro())))
				.as("the transactions added by hand beside the imports")
				.isPositive();
		}
	}

	/**
	 * The bank ids of the main account's statements 0 to {@code statements - 1} that were
	 * imported into it.
	 */
	static Set<String> bankIds(int user, int statements) {
		Set<String> ids = new TreeSet<>();
		for (int s = 0; s < statements; s++) {
			if (undoes(s)) {
				continue;
			}
			for (int day = s * STEP; day < s * STEP + DAYS; day++) {
				for (int n = 0; n < 3; n++) {
					ids.add(bankId(user, day, n));
				}
			}
		}
		return ids;
	}

	/**
	 * The clients given every fourth statement import into the second account and undo
	 * that instead.
	 */
	static boolean undoes(int statement) {
		return statement % 4 == 3;
	}

	static String bankId(int user, int day, int n) {
		return "U" + user + "-D" + day + "-" + n;
	}

	/**
	 * Statement {@code s} of the user's main account: days {@code s * STEP} to
	 * {@code s * STEP + DAYS - 1}, three rows a day, each with its bank id; a row has the
	 * same amount and text in every statement that holds it.
	 */
	static byte[] statement(int user, int s) {
		StringBuilder csv = new StringBuilder("Date,Transaction ID,Description,Amount\n");
		for (int day = s * STEP; day < s * STEP + DAYS; day++) {
			for (int n = 0; n < 3; n++) {
				long cents = (n == 2) ? 150_000 + day : -(1_000 + day * 7L + n * 3L);
				csv.append(FIRST_DAY.plusDays(day))
					.append(',')
					.append(bankId(user, day, n))
					.append(',')
					.append((n == 2) ? "Salary part " + day : "Card payment shop " + day + " " + n)
					.append(',')
					.append(BigDecimal.valueOf(cents, 2))
					.append('\n');
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A statement of the second account of this client only, imported and then undone.
	 */
	static byte[] ownStatement(int client) {
		return ("Date,Transaction ID,Description,Amount\n" + FIRST_DAY + ",C" + client + "-1,Interest," + (client + 1)
				+ ".25\n" + FIRST_DAY.plusDays(1) + ",C" + client + "-2,Fee,-1.50\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	record Ledger(int index, CurrentUser user, String giro, String savings) {
	}

	/**
	 * One client: uploads a statement, commits it, adds a transaction by hand; one in
	 * four imports into the second account instead and undoes that import at the end.
	 */
	static final class Importer {

		private final Api api;

		private final Ledger ledger;

		private final int client;

		private final boolean undoes;

		private final byte[] statement;

		private String importId = "";

		Importer(Api api, Ledger ledger, int statement, int client) {
			this.api = api;
			this.ledger = ledger;
			this.client = client;
			this.undoes = undoes(statement);
			this.statement = undoes ? ownStatement(client)
					: ConcurrentImportsIntegrationTests.statement(ledger.index(), statement);
		}

		Outcome next(int operation) throws UnsupportedEncodingException {
			return switch (operation) {
				case 0 -> {
					MvcTestResult preview = api.upload(ledger.user(), undoes ? ledger.savings() : ledger.giro(),
							"statement.csv", statement);
					if (preview.getResponse().getStatus() == 201) {
						importId = Api.read(preview, "$.id");
					}
					yield outcome("upload", preview);
				}
				case 1 -> outcome("commit", api.post(ledger.user(), "/api/v1/imports/" + importId + "/commit", ""));
				case 2 -> create(ledger.giro());
				default -> undoes ? outcome("undo", api.delete(ledger.user(), "/api/v1/imports/" + importId))
						: create(ledger.savings());
			};
		}

		private Outcome create(String account) throws UnsupportedEncodingException {
			boolean income = client % 3 == 0;
			return outcome("create", api.post(ledger.user(), "/api/v1/transactions", """
					{"type": "%s", "amount": "%d.%02d", "date": "2026-01-15", "description": "typed in",
					 "category": "%s", "accountId": "%s"}""".formatted(income ? "INCOME" : "EXPENSE", 3 + client,
					client % 100, income ? "salary" : "food", account)));
		}

		private static Outcome outcome(String what, MvcTestResult result) throws UnsupportedEncodingException {
			return new Outcome(what, result.getResponse().getStatus(), result.getResponse().getContentAsString());
		}

	}

}
