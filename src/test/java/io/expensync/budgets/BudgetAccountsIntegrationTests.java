package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;

import io.expensync.AfterCommitWorkDone;
import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.notifications.MailboxEntry;
import io.expensync.notifications.Outbox;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The accounts that count towards budgets: all by default, or the ones the user chose,
 * for the budgets' progress, the dashboard card, the alerts and the API alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class BudgetAccountsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	AfterCommitWorkDone afterCommitWork;

	Api api;

	CurrentUser ann;

	String giro;

	String card;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "1000.00");
		card = api.account(ann, "Card", "0");
		expense(giro, "60.00", "food");
		expense(card, "25.00", "food");
		expense(card, "5.00", "groceries");
	}

	@Test
	void countsAllAccountsUntilTheUserChoosesSomeThenOnlyThose() {
		budget("ALL", "{\"amount\": \"200.00\"}");
		budget("food", "{\"amount\": \"100.00\"}");
		MvcTestResult counted = api.get(ann, "/api/v1/budgets/accounts");
		assertThat(counted).hasStatusOk().bodyJson().extractingPath("$.allAccounts").isEqualTo(true);
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/budgets"), "$.items[*].spent")).containsExactly("90.00",
				"85.00");

		MvcTestResult chosen = countAccounts("[\"%s\"]".formatted(card));
		assertThat(chosen).hasStatusOk().bodyJson().extractingPath("$.allAccounts").isEqualTo(false);
		assertThat(Api.<List<String>>read(chosen, "$.accountIds")).containsExactly(card);
		assertThat(Api.<List<String>>read(chosen, "$.names")).containsExactly("Card");
		MvcTestResult budgets = api.get(ann, "/api/v1/budgets");
		assertThat(Api.<List<String>>read(budgets, "$.items[*].spent")).containsExactly("30.00", "25.00");
		assertThat(Api.<List<String>>read(budgets, "$.items[0].accountIds")).containsExactly(card);

		assertThat(mvc.get().uri("/dashboard").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("All expenses on Card this month", "€30.00");
		assertThat(mvc.get().uri("/budgets").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("data-counted-accounts>Card<");

		assertThat(countAccounts("[]")).hasStatusOk().bodyJson().extractingPath("$.allAccounts").isEqualTo(true);
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/budgets"), "$.items[*].spent")).containsExactly("90.00",
				"85.00");
	}

	@Test
	void refusesAnotherUsersOrAnUnknownAccountAndChangesNothing() {
		countAccounts("[\"%s\"]".formatted(giro));
		CurrentUser bob = users.signUp("Bob");
		String bobs = api.account(bob, "Bob's", "0");

		assertThat(countAccounts("[\"%s\", \"%s\"]".formatted(card, bobs))).hasStatus(404);
		assertThat(countAccounts("[\"00000000-0000-0000-0000-000000000001\"]")).hasStatus(404);
		MvcTestResult missing = countAccounts(null);
		assertThat(missing).hasStatus(400);
		assertThat(Api.<List<String>>read(missing, "$.errors[*].field")).containsExactly("accountIds");
		assertThat(mvc.put()
			.uri("/api/v1/budgets/accounts")
			.with(TestUsers.basic(bob))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountIds\": [\"%s\"]}".formatted(giro))).hasStatus(404);

		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/budgets/accounts"), "$.accountIds"))
			.containsExactly(giro);
		assertThat(api.get(bob, "/api/v1/budgets/accounts")).bodyJson().extractingPath("$.allAccounts").isEqualTo(true);
	}

	@Test
	void deletingACountedAccountKeepsTheOthersAndTheLastOneGoneCountsAllAgain() {
		String cash = api.account(ann, "Cash", "0");
		expense(cash, "7.00", "food");
		budget("ALL", "{\"amount\": \"200.00\"}");
		countAccounts("[\"%s\", \"%s\"]".formatted(card, cash));
		assertThat(api.get(ann, "/api/v1/budgets")).bodyJson().extractingPath("$.items[0].spent").isEqualTo("37.00");

		assertThat(api.delete(ann, "/api/v1/accounts/" + card)).hasStatus(204);
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/budgets/accounts"), "$.accountIds"))
			.containsExactly(cash);
		assertThat(api.get(ann, "/api/v1/budgets")).bodyJson().extractingPath("$.items[0].spent").isEqualTo("7.00");

		assertThat(api.delete(ann, "/api/v1/accounts/" + cash)).hasStatus(204);
		assertThat(api.get(ann, "/api/v1/budgets/accounts")).bodyJson().extractingPath("$.allAccounts").isEqualTo(true);
		assertThat(api.get(ann, "/api/v1/budgets")).bodyJson().extractingPath("$.items[0].spent").isEqualTo("60.00");
		assertThat(mvc.get().uri("/budgets").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("data-counted-accounts>all your accounts<");
	}

	@Test
	void alertsCountOnlyTheChosenAccounts() {
		countAccounts("[\"%s\"]".formatted(card));
		budget("ALL", "{\"amount\": \"100.00\", \"thresholds\": [50]}");
		expense(giro, "200.00", "food");
		assertThat(alertSubjects()).as("Giro does not count").isEmpty();

		expense(card, "25.00", "food");
		assertThat(alertSubjects()).containsExactly("Budget alert: 55.0% of your monthly budget used in May 2026");
	}

	@Test
	void theBudgetsPageChoosesTheAccounts() {
		MvcTestResult page = mvc.get().uri("/budgets").with(TestUsers.session(ann)).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Accounts that count", "All accounts", "Giro", "Card",
					"data-counted-accounts>all your accounts<");

		assertThat(mvc.post()
			.uri("/budgets/accounts")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("accountIds", giro, card)).hasRedirectedUrl("/budgets");
		assertThat(mvc.get().uri("/budgets").with(TestUsers.session(ann))).bodyText()
			.as("both accounts, in the accounts page's order (same creation time here)")
			.containsPattern("data-counted-accounts>(Giro and Card|Card and Giro)<");

		assertThat(mvc.post()
			.uri("/budgets/accounts")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("all", "true")
			.param("accountIds", giro)).hasRedirectedUrl("/budgets");
		assertThat(api.get(ann, "/api/v1/budgets/accounts")).bodyJson().extractingPath("$.allAccounts").isEqualTo(true);
	}

	private MvcTestResult countAccounts(String idsJson) {
		return mvc.put()
			.uri("/api/v1/budgets/accounts")
			.with(TestUsers.basic(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content(idsJson == null ? "{}" : "{\"accountIds\": %s}".formatted(idsJson))
			.exchange();
	}

	private List<String> alertSubjects() {
		afterCommitWork.await();
		return outbox.mailbox(ann)
			.stream()
			.filter(email -> email.kind().equals("budget-alert"))
			.map(MailboxEntry::subject)
			.toList();
	}

	private void budget(String scope, String json) {
		assertThat(mvc.put()
			.uri("/api/v1/budgets/" + scope)
			.with(TestUsers.basic(ann))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatusOk();
	}

	private void expense(String account, String amount, String category) {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "2026-05-10", "category": "%s", "accountId": "%s"}
				""".formatted(amount, category, account))).hasStatus(201);
	}

}
