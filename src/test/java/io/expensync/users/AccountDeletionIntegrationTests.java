package io.expensync.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.expensync.AfterCommitWorkDone;
import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.UserDataFixtures;
import io.expensync.UserDataFixtures.Seeded;
import io.expensync.reports.MonthlyReports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Deleting one's account: with the right password and confirmation every row of the user
 * goes, in every table that names a user and in the tables below those, their receipt
 * files go, their session ends and a goodbye email is written; anything less deletes
 * nothing; another user's data stays exactly as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountDeletionIntegrationTests {

	/**
	 * Tables the seeded user has rows in; every table with a user_id is checked after.
	 */
	static final List<String> SEEDED_TABLES = List.of("accounts", "categories", "transactions", "budgets",
			"budget_accounts", "recurring_rules", "email_outbox", "monthly_reports", "email_tokens", "receipts",
			"reconciliations", "hand_rates");

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MonthlyReports reports;

	@Value("${expensync.data-dir}")
	Path dataDir;

	Api api;

	CurrentUser ann;

	CurrentUser bob;

	Seeded annsData;

	Seeded bobsData;

	@BeforeEach
	void twoUsersWithOneOfEverything() {
		api = new Api(mvc);
		UserDataFixtures fixtures = new UserDataFixtures(mvc, clock, reports);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
		annsData = fixtures.seed(ann);
		bobsData = fixtures.seed(bob);
		// the budget alerts the seeding reached are sent in the background: all of them
		// belong to the data compared before and after
		afterCommitWork.await();
	}

	@Test
	void seedingGaveAnnRowsInEveryTableTheTestLooksAt() {
		for (String table : SEEDED_TABLES) {
			assertThat(rowsOf(table, ann.id())).as(table).isNotEmpty();
		}
		assertThat(childRows(ann.id())).hasSize(2);
		assertThat(childRows(ann.id()).get(0)).as("budget alerts").isNotEmpty();
		assertThat(childRows(ann.id()).get(1)).as("recurring occurrences").isNotEmpty();
		assertThat(receiptFile(ann, annsData)).exists();
	}

	@Test
	void aWrongPasswordDeletesNothing() {
		String before = everything(ann.id());
		MvcTestResult result = deleteOnThePage(ann, "not my password", "DELETE");
		assertThat(result).hasStatusOk().bodyText().contains("That is not your current password.");
		assertThat(everything(ann.id())).isEqualTo(before);
		assertThat(receiptFile(ann, annsData)).exists();
	}

	@Test
	void withoutTypingDeleteNothingIsDeleted() {
		String before = everything(ann.id());
		MvcTestResult result = deleteOnThePage(ann, TestUsers.PASSWORD, "delete it");
		assertThat(result).hasStatusOk().bodyText().contains("Type DELETE (or your email address) to confirm");
		assertThat(everything(ann.id())).isEqualTo(before);
	}

	@Test
	void theRightPasswordDeletesEveryRowAndFileOfTheUserAndEndsTheSession() {
		String bobsBefore = everything(bob.id());
		assertThat(jdbc.queryForList("select tag from transaction_tags where transaction_id = ?", String.class,
				UUID.fromString(annsData.expense())))
			.containsExactly("pets", "seeded");
		List<String> tablesWithUsers = tablesWithUserId();
		assertThat(tablesWithUsers).as("found by the schema").containsAll(SEEDED_TABLES);

		MockHttpSession session = new MockHttpSession();
		MvcTestResult result = deleteOnThePage(ann, TestUsers.PASSWORD, "DELETE", session);

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/login?deleted");
		assertThat(session.isInvalid()).as("session ended").isTrue();
		for (String table : tablesWithUsers) {
			assertThat(rowsOf(table, ann.id())).as(table).isEmpty();
		}
		assertThat(jdbc.queryForList("select * from users where id = ?", ann.id())).isEmpty();
		assertThat(childRows(ann.id())).allSatisfy(rows -> assertThat(rows).isEmpty());
		assertThat(jdbc.queryForList("select * from budget_alerts where budget_id not in (select id from budgets)"))
			.as("no alert outlives its budget")
			.isEmpty();
		assertThat(jdbc
			.queryForList("select * from transaction_tags where transaction_id not in (select id from transactions)"))
			.as("no tag outlives its transaction")
			.isEmpty();
		assertThat(jdbc
			.queryForList("select * from recurring_occurrences where rule_id not in (select id from recurring_rules)"))
			.isEmpty();
		afterCommitWork.await();
		assertThat(receiptFile(ann, annsData)).as("removed after the commit").doesNotExist();
		assertThat(dataDir.resolve("receipts").resolve(ann.id().toString())).doesNotExist();

		assertThat(everything(bob.id())).as("Bob's data, byte for byte").isEqualTo(bobsBefore);
		assertThat(receiptFile(bob, bobsData)).hasBinaryContent(bobsData.receiptContent());
		assertThat(jdbc.queryForList(
				"select subject from email_outbox where user_id is null and recipient = ? and kind = 'account-deleted'",
				String.class, ann.email()))
			.containsExactly("Your ExpenSync account was deleted");
	}

	@Test
	void theApiAsksForThePasswordAndDeletesWithIt() {
		String before = everything(ann.id());
		assertThat(mvc.delete()
			.uri("/api/v1/me")
			.with(TestUsers.basic(ann))
			.contentType("application/json")
			.content("{}")
			.exchange()).hasStatus(400);
		MvcTestResult wrong = mvc.delete()
			.uri("/api/v1/me")
			.with(TestUsers.basic(ann))
			.contentType("application/json")
			.content("{\"password\": \"guessed wrongly\"}")
			.exchange();
		assertThat(wrong).hasStatus(400);
		assertThat(Api.<String>read(wrong, "$.errors[0].field")).isEqualTo("password");
		assertThat(everything(ann.id())).isEqualTo(before);

		String bobsBefore = everything(bob.id());
		assertThat(mvc.delete()
			.uri("/api/v1/me")
			.with(TestUsers.basic(ann))
			.contentType("application/json")
			.content("{\"password\": \"%s\"}".formatted(TestUsers.PASSWORD))
			.exchange()).hasStatus(204);

		assertThat(api.get(ann, "/api/v1/me")).as("the credentials open nothing any more").hasStatus(401);
		assertThat(mvc.get().uri("/dashboard").with(TestUsers.session(ann)).exchange())
			.as("a browser still signed in elsewhere is sent to sign in")
			.hasStatus(302);
		for (String table : tablesWithUserId()) {
			assertThat(rowsOf(table, ann.id())).as(table).isEmpty();
		}
		afterCommitWork.await();
		assertThat(receiptFile(ann, annsData)).as("removed after the commit").doesNotExist();
		assertThat(everything(bob.id())).isEqualTo(bobsBefore);
	}

	private MvcTestResult deleteOnThePage(CurrentUser user, String password, String confirm) {
		return deleteOnThePage(user, password, confirm, new MockHttpSession());
	}

	private MvcTestResult deleteOnThePage(CurrentUser user, String password, String confirm, MockHttpSession session) {
		return mvc.post()
			.uri("/profile/delete")
			.with(TestUsers.session(user))
			.with(csrf())
			.session(session)
			.param("password", password)
			.param("confirm", confirm)
			.exchange();
	}

	private Path receiptFile(CurrentUser user, Seeded data) {
		return dataDir.resolve("receipts").resolve(user.id().toString()).resolve(data.receipt());
	}

	/**
	 * Every table with a user_id column, as the schema tells (also those added later).
	 */
	private List<String> tablesWithUserId() {
		return jdbc.queryForList("""
				select table_name from information_schema.columns
				where lower(table_schema) = lower(current_schema()) and lower(column_name) = 'user_id'
				""", String.class).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
	}

	private List<String> rowsOf(String table, UUID userId) {
		return jdbc.queryForList("select * from " + table + " where user_id = ? order by 1, 2", userId)
			.stream()
			.map(Object::toString)
			.toList();
	}

	/** The rows of the tables without a user_id, found through their parent. */
	private List<List<String>> childRows(UUID userId) {
		return List.of(jdbc.queryForList("""
				select * from budget_alerts where budget_id in (select id from budgets where user_id = ?)
				order by 1, 2, 3""", userId).stream().map(Object::toString).toList(),
				jdbc.queryForList("""
						select * from recurring_occurrences
						where rule_id in (select id from recurring_rules where user_id = ?) order by 1, 2""", userId)
					.stream()
					.map(Object::toString)
					.toList());
	}

	/** Every row of the user, in every table, as text. */
	private String everything(UUID userId) {
		List<String> all = new ArrayList<>();
		all.add(jdbc.queryForList("select * from users where id = ?", userId).toString());
		for (String table : tablesWithUserId()) {
			all.add(table + ": " + rowsOf(table, userId));
		}
		all.add(childRows(userId).toString());
		return String.join("\n", all);
	}

}
