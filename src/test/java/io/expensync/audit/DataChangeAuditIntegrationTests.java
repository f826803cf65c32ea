package io.expensync.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.audit.AuditEvent.Kind;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Changes to the user's accounts, categories, budgets and recurring schedules land in
 * their audit log, each changed field as old → new and money with its currency; a save
 * that changes nothing and a refused change leave no entry, and nobody else sees them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataChangeAuditIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog log;

	@Autowired
	Clock clock;

	Api api;

	CurrentUser ann;

	CurrentUser bob;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
	}

	@Test
	void accountsOpenedRenamedMadeDefaultAndDeletedAreLogged() {
		String giro = api.account(ann, "Giro", "100.00");
		String savings = api.account(ann, "Savings", "25.50");
		assertThat(api.patch(ann, "/api/v1/accounts/" + savings, "{\"name\": \"Rainy day\", \"type\": \"SAVINGS\"}"))
			.hasStatusOk();
		assertThat(api.post(ann, "/api/v1/accounts/" + savings + "/default", "")).hasStatusOk();
		assertThat(api.delete(ann, "/api/v1/accounts/" + savings)).hasStatus(204);

		assertThat(details(ann, Kind.ACCOUNT_ADDED)).containsExactly("Savings (Current), opening balance 25.50 EUR",
				"Giro (Current), opening balance 100.00 EUR, the default");
		assertThat(details(ann, Kind.ACCOUNT_CHANGED))
			.containsExactly("Savings — Name: Savings → Rainy day; Type: Current → Savings");
		assertThat(details(ann, Kind.DEFAULT_ACCOUNT_SWITCHED)).as("chosen, then passed on when deleted")
			.containsExactly("Rainy day → Giro", "Giro → Rainy day");
		assertThat(details(ann, Kind.ACCOUNT_DELETED)).containsExactly("Rainy day (Savings), balance 25.50 EUR");
		assertThat(api.get(ann, "/api/v1/accounts/" + giro)).hasStatusOk();

		assertThat(mvc.get().uri("/activity").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Account changed", "Name: Savings → Rainy day", "Default account switched",
					"Account deleted with its transactions");
		assertThat(log.latest(bob.id())).isEmpty();
		assertThat(mvc.get().uri("/activity").with(TestUsers.session(bob))).hasStatusOk()
			.bodyText()
			.doesNotContain("Rainy day", "Giro");
	}

	@Test
	void anAccountSavedUnchangedOrRefusedLeavesNoEntry() {
		String giro = api.account(ann, "Giro", "100.00");
		assertThat(api.patch(ann, "/api/v1/accounts/" + giro, "{\"name\": \"Giro\", \"type\": \"CURRENT\"}"))
			.hasStatusOk();
		assertThat(api.post(ann, "/api/v1/accounts/" + giro + "/default", "")).as("the default already").hasStatusOk();
		assertThat(api.patch(ann, "/api/v1/accounts/" + giro, "{\"name\": \" \"}")).hasStatus(400);
		assertThat(api.patch(bob, "/api/v1/accounts/" + giro, "{\"name\": \"Bob's now\"}")).hasStatus(404);

		assertThat(kinds(ann)).containsExactly(Kind.ACCOUNT_ADDED);
		assertThat(log.latest(bob.id())).isEmpty();
	}

	@Test
	void aTransactionMovedToAnotherAccountNamesBothAccounts() {
		String giro = api.account(ann, "Giro", "100.00");
		String card = api.account(ann, "Card", "0.00");
		String lunch = api.transaction(ann, giro, "EXPENSE", "12.50", "food");
		assertThat(api.patch(ann, "/api/v1/transactions/" + lunch, "{\"accountId\": \"%s\"}".formatted(card)))
			.hasStatusOk();

		assertThat(details(ann, Kind.TRANSACTION_CHANGED)).containsExactly("test — Account: Giro → Card");
	}

	@Test
	void categoriesAddedChangedArchivedAndRestoredAreLogged() {
		String key = Api.read(api.post(ann, "/api/v1/categories", """
				{"name": "Pets", "type": "EXPENSE", "colour": "#123456", "icon": "heart"}
				"""), "$.key");
		String uri = "/api/v1/categories/" + key;
		assertThat(api.patch(ann, uri, "{\"name\": \"Animals\", \"colour\": \"#654321\"}")).hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"name\": \"Animals\"}")).as("unchanged").hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"archived\": true}")).hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"archived\": false}")).hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"colour\": \"red\"}")).as("refused").hasStatus(400);
		assertThat(api.patch(bob, uri, "{\"name\": \"Bob's\"}")).hasStatus(404);

		assertThat(details(ann, Kind.CATEGORY_ADDED)).containsExactly("Pets (expense, colour #123456, icon heart)");
		assertThat(details(ann, Kind.CATEGORY_CHANGED)).containsExactly("Animals — Archived: yes → no",
				"Animals — Archived: no → yes", "Pets — Name: Pets → Animals; Colour: #123456 → #654321");
		assertThat(log.latest(bob.id())).as("nor the defaults every user starts with").isEmpty();
	}

	@Test
	void budgetsSetChangedAndRemovedAreLoggedWithTheirCurrency() {
		String giro = api.account(ann, "Giro", "100.00");
		assertThat(api.put(ann, "/api/v1/budgets/ALL", "{\"amount\": \"500.00\"}")).hasStatusOk();
		assertThat(api.put(ann, "/api/v1/budgets/ALL", "{\"amount\": \"500\"}")).as("unchanged").hasStatusOk();
		assertThat(api.put(ann, "/api/v1/budgets/ALL", "{\"amount\": \"450.00\", \"thresholds\": [90, 50]}"))
			.hasStatusOk();
		assertThat(api.put(ann, "/api/v1/budgets/ALL", "{\"amount\": \"-5.00\"}")).as("refused").hasStatus(400);
		assertThat(api.put(ann, "/api/v1/budgets/groceries", "{\"amount\": \"200.00\"}")).hasStatusOk();
		assertThat(api.delete(ann, "/api/v1/budgets/groceries")).hasStatus(204);
		assertThat(api.put(ann, "/api/v1/budgets/accounts", "{\"accountIds\": [\"%s\"]}".formatted(giro)))
			.hasStatusOk();
		assertThat(api.put(ann, "/api/v1/budgets/accounts", "{\"accountIds\": [\"%s\"]}".formatted(giro)))
			.as("unchanged")
			.hasStatusOk();
		assertThat(api.put(ann, "/api/v1/budgets/accounts", "{\"accountIds\": []}")).hasStatusOk();

		assertThat(details(ann, Kind.BUDGET_ADDED)).containsExactly(
				"Groceries: 200.00 EUR a month, alerts at 80 %, 100 %",
				"All spending: 500.00 EUR a month, alerts at 80 %, 100 %");
		assertThat(details(ann, Kind.BUDGET_CHANGED))
			.containsExactly("All spending — Amount: 500.00 EUR → 450.00 EUR; Alerts at: 80 %, 100 % → 50 %, 90 %");
		assertThat(details(ann, Kind.BUDGET_DELETED))
			.containsExactly("Groceries: 200.00 EUR a month, alerts at 80 %, 100 %");
		assertThat(details(ann, Kind.BUDGET_ACCOUNTS_CHANGED)).containsExactly("Giro → all your accounts",
				"all your accounts → Giro");
		assertThat(mvc.get().uri("/activity").with(TestUsers.session(ann))).bodyText()
			.contains("Budget changed", "Amount: 500.00 EUR → 450.00 EUR", "Accounts counted towards budgets changed");
		assertThat(log.latest(bob.id())).isEmpty();
	}

	@Test
	void schedulesStartedChangedPausedSkippedAndEndedAreLogged() {
		String giro = api.account(ann, "Giro", "100.00");
		LocalDate first = ann.today(clock).plusDays(5);
		String schedule = Api.read(api.post(ann, "/api/v1/transactions",
				"""
						{"type": "EXPENSE", "amount": "9.99", "date": "%s", "description": "Cinema", "category": "entertainment",
						 "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}
						"""
					.formatted(first, giro)),
				"$.recurringId");
		String uri = "/api/v1/recurring/" + schedule;
		assertThat(api.patch(ann, uri, "{\"amount\": \"12.00\", \"description\": \"Streaming\"}")).hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"amount\": \"12\"}")).as("unchanged").hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"amount\": \"-1\"}")).as("refused").hasStatus(400);
		assertThat(api.post(bob, uri + "/pause", "")).as("not Bob's").hasStatus(404);
		assertThat(api.post(ann, uri + "/pause", "")).hasStatusOk();
		assertThat(api.post(ann, uri + "/resume", "")).hasStatusOk();
		assertThat(api.post(ann, uri + "/skip", "")).hasStatusOk();
		assertThat(api.patch(ann, uri, "{\"until\": \"%s\"}".formatted(first.plusYears(1)))).hasStatusOk();
		assertThat(api.post(ann, uri + "/end", "")).hasStatusOk();

		assertThat(details(ann, Kind.SCHEDULE_ADDED))
			.containsExactly("Cinema: expense 9.99 EUR, Monthly from %s".formatted(first));
		assertThat(details(ann, Kind.SCHEDULE_CHANGED)).containsExactly(
				"Streaming — Ends: (none) → %s".formatted(first.plusYears(1)),
				"Streaming — Next date: %s → %s".formatted(first.plusMonths(1), first.plusMonths(2)),
				"Streaming — Paused: yes → no", "Streaming — Paused: no → yes",
				"Cinema — Amount: 9.99 EUR → 12.00 EUR; Description: Cinema → Streaming");
		assertThat(details(ann, Kind.SCHEDULE_ENDED)).singleElement()
			.asString()
			.startsWith("Streaming — Next date: %s → (none); Ends: ".formatted(first.plusMonths(2)));
		assertThat(log.latest(bob.id())).isEmpty();
	}

	private List<Kind> kinds(CurrentUser user) {
		return log.latest(user.id()).stream().map(AuditEvent::kind).toList();
	}

	/** The details of the user's entries of this kind, newest first. */
	private List<String> details(CurrentUser user, Kind kind) {
		return log.latest(user.id()).stream().filter(event -> event.kind() == kind).map(AuditEvent::detail).toList();
	}

}
