package io.expensync.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Pending, cleared and reconciled transactions, and reconciling an account with a bank
 * statement through the API: the ticked transactions are reconciled together only when
 * they come to the closing balance, an adjustment makes up a difference when asked for, a
 * transfer is reconciled on each account by itself, and a reconciled transaction's money
 * changes only when the change is confirmed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReconciliationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CurrentUser ann;

	String giro;

	String savings;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "100.00");
		savings = api.account(ann, "Savings", "0.00");
	}

	private String expense(String amount, String date, String status) {
		MvcTestResult created = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "%s", "category": "food", "accountId": "%s",
				 "description": "Spent %s", "status": %s}
				""".formatted(amount, date, giro, amount, (status == null) ? "null" : "\"" + status + "\""));
		assertThat(created).hasStatus(201);
		return Api.read(created, "$.id");
	}

	private String status(String id) {
		return Api.read(api.get(ann, "/api/v1/transactions/" + id), "$.status");
	}

	private MvcTestResult reconcile(String account, String closing, boolean adjust, String... ids) {
		return api.post(ann, "/api/v1/accounts/" + account + "/reconciliations", """
				{"statementDate": "2026-11-30", "closingBalance": "%s", "adjust": %s, "ids": [%s]}
				""".formatted(closing, adjust,
				String.join(", ", List.of(ids).stream().map((id) -> "\"" + id + "\"").toList())));
	}

	/** The user's activity page, where the audit log shows. */
	private String activity() {
		return api.page(ann, "/activity");
	}

	@Test
	void newTransactionsArePendingUnlessClearedAndOnlyAReconciliationReconciles() {
		assertThat(status(expense("1.00", "2026-11-02", null))).isEqualTo("PENDING");
		String cleared = expense("2.00", "2026-11-02", "CLEARED");
		assertThat(status(cleared)).isEqualTo("CLEARED");

		MvcTestResult refused = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "3.00", "date": "2026-11-02", "category": "food", "accountId": "%s",
				 "status": "RECONCILED"}
				""".formatted(giro));
		assertThat(refused).hasStatus(400);
		assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactly("status");
		assertThat(api.patch(ann, "/api/v1/transactions/" + cleared, "{\"status\": \"RECONCILED\"}")).hasStatus(400);
		assertThat(status(cleared)).isEqualTo("CLEARED");
		assertThat(api.patch(ann, "/api/v1/transactions/" + cleared, "{\"status\": \"PENDING\"}")).hasStatusOk();
		assertThat(status(cleared)).isEqualTo("PENDING");
		assertThat(api.balance(ann, giro)).isEqualTo("97.00");
	}

	@Test
	void theTickedTransactionsAreReconciledTogetherOnlyWhenTheyComeToTheClosingBalance() {
		String rent = expense("40.00", "2026-11-01", "CLEARED");
		String lunch = expense("12.50", "2026-11-10", null);
		String later = expense("5.00", "2026-12-01", "CLEARED");

		MvcTestResult open = api.get(ann, "/api/v1/accounts/" + giro + "/reconciliation", "statementDate",
				"2026-11-30");
		assertThat(open).hasStatusOk().bodyJson().extractingPath("$.reconciledBalance").isEqualTo("100.00");
		assertThat(Api.<List<String>>read(open, "$.open[*].id")).as("up to the statement's date")
			.containsExactly(rent, lunch);
		assertThat(Api.<List<String>>read(open, "$.open[*].amount")).containsExactly("-40.00", "-12.50");

		MvcTestResult short_ = reconcile(giro, "50.00", false, rent, lunch);
		assertThat(short_).hasStatus(400).hasContentType("application/problem+json");
		assertThat(Api.<List<String>>read(short_, "$.errors[*].field")).containsExactly("closingBalance");
		assertThat(Api.<List<String>>read(short_, "$.errors[*].message").get(0))
			.contains("to 47.50, not 50.00: a difference of 2.50");
		assertThat(status(rent)).as("nothing reconciled").isEqualTo("CLEARED");

		assertThat(reconcile(giro, "60.00", false, rent, later)).as("dated after the statement").hasStatus(400);
		assertThat(status(later)).isEqualTo("CLEARED");

		MvcTestResult done = reconcile(giro, "60.00", false, rent);
		assertThat(done).hasStatusOk().bodyJson().extractingPath("$.reconciled").isEqualTo(1);
		assertThat(status(rent)).isEqualTo("RECONCILED");
		assertThat(status(lunch)).isEqualTo("PENDING");
		assertThat(reconcile(giro, "60.00", false, rent)).as("reconciled already").hasStatus(409);

		MvcTestResult next = api.get(ann, "/api/v1/accounts/" + giro + "/reconciliation", "statementDate",
				"2026-11-30");
		assertThat(next).bodyJson().extractingPath("$.reconciledBalance").isEqualTo("60.00");
		assertThat(Api.<List<String>>read(next, "$.open[*].id")).containsExactly(lunch);
		assertThat(jdbc.queryForObject("select count(*) from reconciliations where account_id = ?", Integer.class,
				java.util.UUID.fromString(giro)))
			.isEqualTo(1);
		assertThat(activity()).contains("Account reconciled with a statement",
				"Giro to the statement of 2026-11-30: 1 transaction(s), closing balance 60.00 EUR");
	}

	@Test
	void anAdjustmentNamedAsSuchMakesUpADifferenceWhenAskedFor() {
		String rent = expense("40.00", "2026-11-01", "CLEARED");
		MvcTestResult done = reconcile(giro, "55.25", true, rent);
		assertThat(done).hasStatusOk().bodyJson().extractingPath("$.reconciled").isEqualTo(2);
		String adjustment = Api.read(done, "$.adjustmentId");
		MvcTestResult booked = api.get(ann, "/api/v1/transactions/" + adjustment);
		assertThat(booked).bodyJson().extractingPath("$.description").isEqualTo("Reconciliation adjustment");
		assertThat(booked).bodyJson().extractingPath("$.type").isEqualTo("EXPENSE");
		assertThat(booked).bodyJson().extractingPath("$.amount").isEqualTo("4.75");
		assertThat(booked).bodyJson().extractingPath("$.status").isEqualTo("RECONCILED");
		assertThat(api.balance(ann, giro)).isEqualTo("55.25");
	}

	@Test
	void aTransferIsReconciledOnEachOfItsAccountsByItself() {
		String moved = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "30.00", "date": "2026-11-05", "accountId": "%s", "toAccountId": "%s"}
				""".formatted(giro, savings)), "$.id");
		assertThat(reconcile(savings, "30.00", false, moved)).hasStatusOk();
		MvcTestResult read = api.get(ann, "/api/v1/transactions/" + moved);
		assertThat(read).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		assertThat(read).bodyJson().extractingPath("$.toStatus").isEqualTo("RECONCILED");
		assertThat(Api.<List<String>>read(
				api.get(ann, "/api/v1/accounts/" + giro + "/reconciliation", "statementDate", "2026-11-30"),
				"$.open[*].id"))
			.containsExactly(moved);
		assertThat(reconcile(giro, "70.00", false, moved)).hasStatusOk();
		assertThat(api.get(ann, "/api/v1/transactions/" + moved)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("RECONCILED");
	}

	@Test
	void changingTheMoneyOfAReconciledTransactionOrDeletingItIsConfirmedFirst() {
		String rent = expense("40.00", "2026-11-01", "CLEARED");
		String other = expense("1.00", "2026-11-01", "CLEARED");
		assertThat(reconcile(giro, "59.00", false, rent, other)).hasStatusOk();

		MvcTestResult unconfirmed = api.patch(ann, "/api/v1/transactions/" + rent, "{\"amount\": \"45.00\"}");
		assertThat(unconfirmed).hasStatus(409).hasContentType("application/problem+json");
		assertThat(unconfirmed).bodyJson().extractingPath("$.detail").asString().contains("reconciled", "confirm");
		assertThat(api.delete(ann, "/api/v1/transactions/" + rent)).hasStatus(409);
		assertThat(api.post(ann, "/api/v1/transactions/bulk-delete", "{\"ids\": [\"%s\"]}".formatted(rent)))
			.hasStatus(409);
		assertThat(api.balance(ann, giro)).isEqualTo("59.00");

		assertThat(api.patch(ann, "/api/v1/transactions/" + rent, "{\"description\": \"Rent, November\"}"))
			.as("words are not money")
			.hasStatusOk();
		assertThat(
				api.patch(ann, "/api/v1/transactions/" + rent + "?confirmReconciled=true", "{\"amount\": \"45.00\"}"))
			.hasStatusOk();
		assertThat(api.balance(ann, giro)).isEqualTo("54.00");
		assertThat(status(rent)).isEqualTo("RECONCILED");
		assertThat(api.delete(ann, "/api/v1/transactions/" + other + "?confirmReconciled=true")).hasStatus(204);
		assertThat(api.balance(ann, giro)).isEqualTo("55.00");
		assertThat(activity()).contains("Transaction changed", "(reconciled)");
	}

	@Test
	void deletingAnAccountWhoseTransferIsReconciledOnAnotherIsConfirmedFirst() {
		String moved = api.transfer(ann, giro, savings, "30.00");
		String own = api.transfer(ann, savings, giro, "5.00");
		assertThat(reconcile(savings, "25.00", false, moved, own)).hasStatusOk();
		int rows = rowsOf(ann);

		MvcTestResult unconfirmed = api.delete(ann, "/api/v1/accounts/" + giro);
		assertThat(unconfirmed).hasStatus(409).hasContentType("application/problem+json");
		assertThat(unconfirmed).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("2 transfer(s)", "reconciled", "confirmReconciled");
		MvcTestResult page = deletePage(giro, false);
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("2 transfers", "reconciled there", "Delete it anyway");
		assertThat(api.balance(ann, savings)).as("nothing changed").isEqualTo("25.00");
		assertThat(api.get(ann, "/api/v1/accounts/" + giro)).hasStatusOk();
		assertThat(rowsOf(ann)).isEqualTo(rows);

		assertThat(deletePage(giro, true)).hasStatus(302);
		assertThat(api.get(ann, "/api/v1/accounts/" + giro)).hasStatus(404);
		assertThat(api.balance(ann, savings)).as("both transfers taken back").isEqualTo("0.00");
	}

	@Test
	void anAccountWhoseOwnSideAloneIsReconciledIsDeletedWithoutAsking() {
		String moved = api.transfer(ann, giro, savings, "30.00");
		assertThat(reconcile(giro, "70.00", false, moved)).hasStatusOk();

		assertThat(api.delete(ann, "/api/v1/accounts/" + giro)).hasStatus(204);
		assertThat(api.balance(ann, savings)).isEqualTo("0.00");
	}

	private MvcTestResult deletePage(String account, boolean confirmReconciled) {
		return mvc.post()
			.uri("/accounts/" + account + "/delete")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("confirmReconciled", String.valueOf(confirmReconciled))
			.exchange();
	}

	private int rowsOf(CurrentUser user) {
		return jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, user.id());
	}

}
