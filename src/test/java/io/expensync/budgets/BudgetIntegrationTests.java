package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The budget card counts the month as the user's timezone has it. The clock stands at
 * 2026-11-30 23:30 UTC, which is already 1 December in Berlin, the test users' timezone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class) // the clock the other tests of time share, set
											// below
class BudgetIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-11-30T23:30:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
	}

	@Test
	void showsNoBudgetUntilOneIsSet() {
		assertThat(mvc.get().uri("/dashboard").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("No budget set");
	}

	@Test
	void setsTheBudgetInPlaceAndCountsTheUsersMonthOnAllAccounts() {
		String giro = api.account(ann, "Giro", "0");
		String card = api.account(ann, "Card", "0");
		expense(giro, "2026-12-01", "100.10");
		expense(card, "2026-12-01", "20.00");
		expense(giro, "2026-11-30", "999.00");
		api.transaction(ann, giro, "INCOME", "5000", "salary");

		MvcTestResult saved = mvc.post()
			.uri("/budget")
			.header("HX-Request", "true")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("amount", "150")
			.exchange();
		assertThat(saved).hasStatusOk()
			.bodyText()
			.doesNotContain("<html")
			.contains("€120.10", "€150.00", "80.1% used", "€29.90 left", "budget-warning");
	}

	@Test
	void refusesABadBudgetNextToTheFieldAndKeepsTheOldOne() {
		mvc.post().uri("/budget").with(TestUsers.session(ann)).with(csrf()).param("amount", "100").exchange();
		for (String bad : new String[] { "0", "-5", "1.234", "lots", "" }) {
			MvcTestResult refused = mvc.post()
				.uri("/budget")
				.header("HX-Request", "true")
				.with(TestUsers.session(ann))
				.with(csrf())
				.param("amount", bad)
				.exchange();
			assertThat(refused).as(bad).hasStatusOk().bodyText().contains("is-invalid", "invalid-feedback");
		}
		assertThat(mvc.get().uri("/budget").header("HX-Request", "true").with(TestUsers.session(ann))).bodyText()
			.contains("€100.00");
	}

	@Test
	void categoryBudgetsCountTheirCategoryOnlyThroughTheApi() {
		String giro = api.account(ann, "Giro", "0");
		expense(giro, "2026-12-01", "30.00");
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "12.50", "date": "2026-12-01", "category": "groceries", "accountId": "%s"}
				""".formatted(giro))).hasStatus(201);

		MvcTestResult food = put("food", "{\"amount\": \"40\", \"thresholds\": [100, 50, 75]}");
		assertThat(food).hasStatusOk().bodyJson().extractingPath("$.spent").isEqualTo("30.00");
		assertThat(food).bodyJson().extractingPath("$.percentUsed").isEqualTo("75.0");
		assertThat(food).bodyJson().extractingPath("$.level").isEqualTo("WARNING");
		assertThat(food).bodyJson().extractingPath("$.month").isEqualTo("2026-12");
		assertThat(Api.<java.util.List<Integer>>read(food, "$.thresholds")).containsExactly(50, 75, 100);
		assertThat(put("ALL", "{\"amount\": \"1000.00\"}")).bodyJson().extractingPath("$.spent").isEqualTo("42.50");

		MvcTestResult all = api.get(ann, "/api/v1/budgets");
		assertThat(Api.<java.util.List<String>>read(all, "$.items[*].scope")).containsExactly("ALL", "food");
		assertThat(Api.<java.util.List<Integer>>read(all, "$.items[0].thresholds")).containsExactly(80, 100);

		for (String[] bad : new String[][] { { "caviar", "{\"amount\": \"10\"}" }, { "salary", "{\"amount\": \"10\"}" },
				{ "food", "{\"amount\": \"0\"}" }, { "food", "{\"amount\": \"1.001\"}" },
				{ "food", "{\"amount\": \"10\", \"thresholds\": []}" },
				{ "food", "{\"amount\": \"10\", \"thresholds\": [0]}" },
				{ "food", "{\"amount\": \"10\", \"thresholds\": [null]}" } }) {
			assertThat(put(bad[0], bad[1])).as(bad[0] + " " + bad[1]).hasStatus(400);
		}
		assertThat(api.get(ann, "/api/v1/budgets")).bodyJson().extractingPath("$.items[1].amount").isEqualTo("40.00");

		CurrentUser bob = users.signUp("Bob");
		assertThat(api.get(bob, "/api/v1/budgets")).bodyJson().extractingPath("$.totalElements").isEqualTo(0);
		assertThat(api.delete(bob, "/api/v1/budgets/food")).hasStatus(404);
		assertThat(api.delete(ann, "/api/v1/budgets/food")).hasStatus(204);
		assertThat(mvc.get().uri("/budgets").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("All spending", "December 2026", "Alerts at 80, 100 %");
	}

	private MvcTestResult put(String scope, String json) {
		return mvc.put()
			.uri("/api/v1/budgets/" + scope)
			.with(TestUsers.basic(ann))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private void expense(String account, String date, String amount) {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "%s", "category": "food", "accountId": "%s"}
				""".formatted(amount, date, account))).hasStatus(201);
	}

}
