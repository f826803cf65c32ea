package io.expensync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import com.zaxxer.hikari.HikariDataSource;
import io.expensync.ConcurrentClients.Outcome;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Invariant 6: with the connection pool cut to two, 64 writers at once (creates, edits,
 * transfers, deletes, bulk deletes, budget changes, receipt attachments) all finish, none
 * waiting out the pool's time-out, and every balance still equals its opening balance
 * plus the signed sum of its rows. A request that held one connection while waiting for
 * another would stall here: two such requests hold the whole pool.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.connection-timeout=20000",
		"expensync.limits.writes-per-user=100000", "expensync.limits.receipt-scans-per-user=100000" })
@AutoConfigureMockMvc
class ConcurrentWritersIntegrationTests {

	static final int WRITERS = 64;

	static final int USERS = 8;

	static final int OPERATIONS = 10;

	static final long SEED = 20261202L;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HikariDataSource pool;

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	@Test
	void sixtyFourWritersOnTwoConnectionsAllFinishAndKeepEveryBalance() throws Exception {
		assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
		Api api = new Api(mvc);
		List<Ledger> ledgers = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			CurrentUser user = users.signUp("Writer " + i);
			Ledger ledger = new Ledger(user, api.account(user, "Giro", "1000.00"),
					api.account(user, "Savings", "50.00"));
			assertThat(api.put(user, "/api/v1/budgets/ALL", "{\"amount\": \"300.00\"}")).hasStatusOk();
			ledgers.add(ledger);
		}
		byte[] receipt = png();

		List<ConcurrentClients.Client> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			Writer writer = new Writer(api, ledgers.get(w % USERS), new SplittableRandom(SEED + w), receipt);
			writers.add(op -> writer.next());
		}
		ConcurrentClients.run(writers, OPERATIONS, Duration.ofMinutes(5)).assertAnsweredWell(WRITERS, SEED);

		afterCommitWork.await();
		for (Ledger ledger : ledgers) {
			BalanceFromRows.assertMatches(jdbc, ledger.giro(), SEED);
			BalanceFromRows.assertMatches(jdbc, ledger.savings(), SEED);
		}
		assertThat(jdbc.queryForObject("select count(*) from budget_alerts", Long.class))
			.as("the budgets of 300.00 were reached, and alerts were written after the commits")
			.isPositive();
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	record Ledger(CurrentUser user, String giro, String savings, List<String> transactions) {

		Ledger(CurrentUser user, String giro, String savings) {
			this(user, giro, savings, new CopyOnWriteArrayList<>());
		}

		String account(SplittableRandom random) {
			return random.nextBoolean() ? giro : savings;
		}

		String other(String account) {
			return account.equals(giro) ? savings : giro;
		}

		/**
		 * Any income or expense of this user that a writer made; transfers are left
		 * alone.
		 */
		String anyTransaction(SplittableRandom random) {
			List<String> ids = List.copyOf(transactions);
			return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
		}

	}

	/** One writer: a seeded mix of every write a user makes, on one user's ledger. */
	record Writer(Api api, Ledger ledger, SplittableRandom random, byte[] receipt) {

		Outcome next() throws Exception {
			int kind = random.nextInt(10);
			String existing = ledger.anyTransaction(random);
			if (existing == null || kind <= 1) {
				return create(random.nextInt(4) == 0 ? "INCOME" : "EXPENSE", null);
			}
			return switch (kind) {
				case 2 -> outcome("transfer", api.post(ledger.user(), "/api/v1/transactions", """
						{"type": "TRANSFER", "amount": "%s", "date": "2026-12-01", "description": "move",
						 "accountId": "%s", "toAccountId": "%s"}""".formatted(amount(), ledger.giro(),
						ledger.savings())), false);
				case 3 -> outcome("edit", api.patch(ledger.user(),
						"/api/v1/transactions/" + existing + "?confirmReconciled=true", edit()), false);
				case 4 -> {
					ledger.transactions().remove(existing);
					yield outcome("delete",
							api.delete(ledger.user(), "/api/v1/transactions/" + existing + "?confirmReconciled=true"),
							false);
				}
				case 5 -> {
					List<String> ids = new ArrayList<>(List.of(existing));
					String second = ledger.anyTransaction(random);
					if (second != null && !second.equals(existing)) {
						ids.add(second);
					}
					ledger.transactions().removeAll(ids);
					yield outcome("bulk delete",
							api.post(ledger.user(), "/api/v1/transactions/bulk-delete?confirmReconciled=true",
									"{\"ids\": [\"" + String.join("\", \"", ids) + "\"]}"),
							false);
				}
				case 6 -> outcome("budget",
						api.put(ledger.user(), "/api/v1/budgets/" + (random.nextBoolean() ? "ALL" : "food"),
								"{\"amount\": \"" + (100 + random.nextInt(400)) + ".00\"}"),
						false);
				case 7 -> reconcile();
				case 8 -> outcome("rename a tag",
						api.put(ledger.user(), "/api/v1/tags/" + tag(), "{\"name\": \"" + tag() + "\"}"), false);
				default -> attachReceipt();
			};
		}

		/**
		 * Reconciles a few of the account's open transactions to whatever closing
		 * balance, an adjustment making up the difference.
		 */
		private Outcome reconcile() {
			String account = ledger.account(random);
			MvcTestResult open = api.get(ledger.user(), "/api/v1/accounts/" + account + "/reconciliation",
					"statementDate", "2026-12-31");
			if (open.getResponse().getStatus() != 200) {
				return outcome("reconciliation", open, false);
			}
			List<String> ids = Api.<List<String>>read(open, "$.open[*].id");
			List<String> ticked = ids.subList(0, Math.min(ids.size(), 1 + random.nextInt(4)));
			return outcome("reconcile", api.post(ledger.user(), "/api/v1/accounts/" + account + "/reconciliations", """
					{"statementDate": "2026-12-31", "closingBalance": "%s", "adjust": true, "ids": [%s]}""".formatted(
					amount(),
					ticked.stream().map((id) -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(", ")))),
					false);
		}

		private String tag() {
			return "tag-" + random.nextInt(4);
		}

		private Outcome attachReceipt() {
			MvcTestResult uploaded = api.mvc()
				.post()
				.uri("/api/v1/receipts")
				.multipart()
				.file(new MockMultipartFile("file", "till.png", "image/png", receipt))
				.with(TestUsers.basic(ledger.user()))
				.exchange();
			if (uploaded.getResponse().getStatus() != 201) {
				return outcome("receipt upload", uploaded, false);
			}
			return create("EXPENSE", Api.read(uploaded, "$.id"));
		}

		private Outcome create(String type, String receiptId) {
			String category = type.equals("INCOME") ? "salary" : "food";
			return outcome("create " + type, api.post(ledger.user(), "/api/v1/transactions", """
					{"type": "%s", "amount": "%s", "date": "2026-12-01", "description": "load", "category": "%s",
					 "accountId": "%s", "tags": ["%s"]%s}""".formatted(type, amount(), category, ledger.account(random),
					tag(), receiptId == null ? "" : ", \"receiptId\": \"" + receiptId + "\"")), true);
		}

		private String edit() {
			return switch (random.nextInt(3)) {
				case 0 -> "{\"amount\": \"" + amount() + "\"}";
				case 1 -> random.nextBoolean() ? "{\"type\": \"INCOME\", \"category\": \"salary\"}"
						: "{\"type\": \"EXPENSE\", \"category\": \"food\"}";
				default -> "{\"accountId\": \"" + ledger.account(random) + "\"}";
			};
		}

		private String amount() {
			return (1 + random.nextInt(60)) + "." + (10 + random.nextInt(90));
		}

		private Outcome outcome(String what, MvcTestResult result, boolean remember) {
			int status = result.getResponse().getStatus();
			String body;
			try {
				body = result.getResponse().getContentAsString();
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
			if (remember && status == 201) {
				ledger.transactions().add(Api.read(result, "$.id"));
			}
			return new Outcome(what, status, body);
		}

	}

}
