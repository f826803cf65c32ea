package io.expensync.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.recurring.RecurringOccurrencesJob;
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
 * Rules file every transaction that is added: through the API, on the form, and as a
 * schedule books it; learnt categories fill in after them; a change of a transaction is
 * left alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class RuleFilingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	RecurringOccurrencesJob job;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "100.00");
		assertThat(api.post(ann, "/api/v1/rules", """
				{"name": "Amazon", "conditions": [{"field": "MERCHANT", "operator": "MATCHES", "text": "^amzn"}],
				 "setCategory": "shopping", "setMerchant": "Amazon", "setDescription": "Online order"}"""))
			.hasStatus(201);
	}

	@Test
	void aRuleFilesATransactionAddedThroughTheApiOverTheCategoryGiven() {
		MvcTestResult created = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "20.00", "date": "2026-05-01", "merchant": "AMZN Mktp DE",
				 "description": "card 1234", "category": "food", "accountId": "%s", "tags": ["gifts"],
				 "status": "CLEARED"}""".formatted(giro));
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.category").isEqualTo("shopping");
		assertThat(created).as("what the rule does not set stays as given")
			.bodyJson()
			.extractingPath("$.tags")
			.isEqualTo(List.of("gifts"));
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("CLEARED");
		assertThat(created).bodyJson().extractingPath("$.merchant").isEqualTo("Amazon");
		assertThat(created).bodyJson().extractingPath("$.description").isEqualTo("Online order");
		assertThat(api.balance(ann, giro)).isEqualTo("80.00");

		MvcTestResult income = api.post(ann, "/api/v1/transactions", """
				{"type": "INCOME", "amount": "5.00", "date": "2026-05-01", "merchant": "AMZN refund",
				 "category": "other-income", "accountId": "%s"}""".formatted(giro));
		assertThat(income).bodyJson()
			.extractingPath("$.category")
			.as("an expense category is not given to income")
			.isEqualTo("other-income");
		assertThat(income).bodyJson()
			.extractingPath("$.merchant")
			.as("the rest of the rule applies")
			.isEqualTo("Amazon");
	}

	@Test
	void withoutACategoryTheRuleElseTheLearntCategoryElseTheUsualError() {
		MvcTestResult byRule = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "20.00", "date": "2026-05-01", "merchant": "AMZN Mktp DE",
				 "accountId": "%s"}""".formatted(giro));
		assertThat(byRule).hasStatus(201).bodyJson().extractingPath("$.category").isEqualTo("shopping");

		MvcTestResult unknown = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "3.00", "date": "2026-05-01", "merchant": "Bäckerei Huber",
				 "accountId": "%s"}""".formatted(giro));
		assertThat(unknown).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("category");
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].message").isEqualTo("Choose a category");
		assertThat(api.balance(ann, giro)).as("nothing booked").isEqualTo("80.00");

		api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "3.00", "date": "2026-05-01", "merchant": "Bäckerei Huber",
				 "category": "food", "accountId": "%s"}""".formatted(giro));
		MvcTestResult learnt = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "4.00", "date": "2026-05-02", "merchant": "BACKEREI HUBER GMBH",
				 "accountId": "%s"}""".formatted(giro));
		assertThat(learnt).hasStatus(201).bodyJson().extractingPath("$.category").isEqualTo("food");
	}

	@Test
	void aRuleFilesATransactionAddedOnTheForm() {
		MvcTestResult added = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "12.00")
			.param("accountId", giro)
			.param("category", "groceries")
			.param("date", "2026-05-03")
			.param("description", "")
			.param("merchant", "amzn digital")
			.exchange();
		assertThat(added).hasStatus3xxRedirection();
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/transactions"), "$.items[*].category"))
			.containsExactly("shopping");
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/transactions"), "$.items[*].merchant"))
			.containsExactly("Amazon");
	}

	@Test
	void aRuleFilesWhatASchedulesBooksButNotAChangeOfATransaction() {
		MvcTestResult first = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "9.99", "date": "2026-05-05", "merchant": "Streamly",
				 "category": "entertainment", "accountId": "%s", "recurrence": {"interval": "MONTHLY"}}"""
			.formatted(giro));
		assertThat(first).hasStatus(201).bodyJson().extractingPath("$.category").isEqualTo("entertainment");
		assertThat(api.post(ann, "/api/v1/rules", """
				{"name": "Streaming is a bill", "conditions": [{"field": "MERCHANT", "operator": "EQUALS",
				 "text": "streamly"}], "setCategory": "bills"}""")).hasStatus(201);

		clock.set(Instant.parse("2026-06-06T09:00:00Z"));
		job.scheduled();

		List<String> categories = Api.read(api.get(ann, "/api/v1/transactions"), "$.items[*].category");
		assertThat(categories).as("June's occurrence, booked by the job, is filed by the rule; May's stays")
			.containsExactly("bills", "entertainment");

		String may = Api.read(first, "$.id");
		assertThat(api.patch(ann, "/api/v1/transactions/" + may, "{\"merchant\": \"AMZN again\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.category")
			.as("rules do not run on a change")
			.isEqualTo("entertainment");
	}

}
