package io.expensync.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Split transactions through the API: the parts are kept and read back, budgets and the
 * month's categories count each part under its own category, and parts that do not sum to
 * the amount, a part of zero or a category of the wrong type are refused naming the part,
 * changing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SplitsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	String giro;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "500.00");
	}

	private MvcTestResult split(String amount, String parts) {
		return api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "2026-10-14", "description": "Supermarket",
				 "accountId": "%s", "splits": %s}""".formatted(amount, giro, parts));
	}

	@Test
	void thePartsAreKeptAndEachCountsUnderItsCategory() {
		MvcTestResult created = split("60.00", """
				[{"category": "groceries", "amount": "45.50", "description": "Food"},
				 {"category": "personal", "amount": "14.50", "description": "Shampoo"}]""");
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.category").isNull();
		assertThat(Api.<List<String>>read(created, "$.splits[*].category")).containsExactly("groceries", "personal");
		assertThat(Api.<List<String>>read(created, "$.splits[*].amount")).containsExactly("45.50", "14.50");
		assertThat(api.balance(ann, giro)).isEqualTo("440.00");
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/transactions/" + Api.read(created, "$.id")),
				"$.splits[*].amount"))
			.as("read back at the currency's scale")
			.containsExactly("45.50", "14.50");
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "10.00", "date": "2026-10-20", "category": "groceries",
				 "accountId": "%s"}""".formatted(giro))).hasStatus(201);

		MvcTestResult report = api.get(ann, "/api/v1/reports/2026-10");
		assertThat(report).hasStatusOk();
		assertThat(Api.<List<String>>read(report, "$.categories[*].key")).contains("groceries", "personal");
		assertThat(Api.<List<String>>read(report, "$.categories[?(@.key == 'groceries')].amount"))
			.containsExactly("55.50");
		assertThat(Api.<List<String>>read(report, "$.categories[?(@.key == 'personal')].amount"))
			.containsExactly("14.50");
		assertThat(report).bodyJson().extractingPath("$.expenses").isEqualTo("70.00");

		String id = Api.read(created, "$.id");
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, "{\"category\": \"shopping\"}")).hasStatusOk();
		MvcTestResult whole = api.get(ann, "/api/v1/transactions/" + id);
		assertThat(whole).bodyJson().extractingPath("$.category").isEqualTo("shopping");
		assertThat(Api.<List<Object>>read(whole, "$.splits")).as("a category given alone ends the split").isEmpty();
	}

	@Test
	void theFormShowsPartsThatDoNotAddUpAtTheEditorAndAddsNothing() {
		MvcTestResult refused = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("type", "EXPENSE")
			.param("amount", "60.00")
			.param("accountId", giro)
			.param("date", "2026-10-14")
			.param("splits[0].category", "groceries")
			.param("splits[0].amount", "45.50")
			.param("splits[1].category", "")
			.param("splits[1].amount", "")
			.param("splits[2].category", "salary")
			.param("splits[2].amount", "abc")
			.exchange();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("&#39;abc&#39; is not a number", "Part 2: &quot;Salary&quot; is an income category",
					"data-split-editor")
			.doesNotContain("Choose a category</div>");
		MvcTestResult short_ = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("type", "EXPENSE")
			.param("amount", "60.00")
			.param("accountId", giro)
			.param("date", "2026-10-14")
			.param("splits[0].category", "groceries")
			.param("splits[0].amount", "45.50")
			.param("splits[1].category", "personal")
			.param("splits[1].amount", "10.00")
			.exchange();
		assertThat(short_).hasStatusOk().bodyText().contains("The parts come to 55.50, not 60.00: 4.50 left to split");
		assertThat(api.balance(ann, giro)).isEqualTo("500.00");

		MvcTestResult added = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("type", "EXPENSE")
			.param("amount", "60.00")
			.param("accountId", giro)
			.param("date", "2026-10-14")
			.param("splits[0].category", "groceries")
			.param("splits[0].amount", "45.50")
			.param("splits[1].category", "personal")
			.param("splits[1].amount", "14.50")
			.param("splits[1].description", "Shampoo")
			.exchange();
		assertThat(added).hasStatus3xxRedirection();
		String id = Api.read(api.get(ann, "/api/v1/transactions"), "$.items[0].id");
		assertThat(api.page(ann, "/transactions/" + id + "/edit")).as("the edit form shows the parts")
			.contains("value=\"45.50\"", "value=\"Shampoo\"");
	}

	@Test
	void aBudgetCountsThePartInItsCategory() {
		assertThat(api.put(ann, "/api/v1/budgets/personal", "{\"amount\": \"20.00\"}")).hasStatusOk();
		MvcTestResult created = api.post(ann, "/api/v1/transactions",
				"""
						{"type": "EXPENSE", "amount": "60.00", "date": "%s", "accountId": "%s",
						 "splits": [{"category": "groceries", "amount": "45.50"}, {"category": "personal", "amount": "14.50"}]}"""
					.formatted(ann.today(java.time.Clock.systemUTC()), giro));
		assertThat(created).hasStatus(201);
		MvcTestResult budgets = api.get(ann, "/api/v1/budgets");
		assertThat(Api.<List<String>>read(budgets, "$.items[?(@.scope == 'personal')].spent")).containsExactly("14.50");
	}

	@Test
	void partsThatDoNotAddUpAPartOfZeroOrAWrongCategoryAreRefusedNamingThePart() {
		MvcTestResult short_ = split("60.00", """
				[{"category": "groceries", "amount": "40.00"}, {"category": "personal", "amount": "14.50"}]""");
		assertThat(short_).hasStatus(400).hasContentType("application/problem+json");
		assertThat(Api.<List<String>>read(short_, "$.errors[*].field")).containsExactly("splits");
		assertThat(Api.<List<String>>read(short_, "$.errors[*].message"))
			.containsExactly("The parts come to 54.50, not 60.00: 5.50 left to split");

		MvcTestResult zero = split("60.00", """
				[{"category": "groceries", "amount": "60.00"}, {"category": "personal", "amount": "0"}]""");
		assertThat(zero).hasStatus(400);
		assertThat(Api.<List<String>>read(zero, "$.errors[*].field")).contains("splits[1].amount");

		MvcTestResult income = split("60.00", """
				[{"category": "groceries", "amount": "30.00"}, {"category": "salary", "amount": "30.00"}]""");
		assertThat(income).hasStatus(400);
		assertThat(Api.<List<String>>read(income, "$.errors[*].field")).containsExactly("splits[1].category");

		MvcTestResult unknown = split("60.00", """
				[{"category": "groceries", "amount": "30.00"}, {"amount": "30.00"}]""");
		assertThat(Api.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("splits[1].category");
		assertThat(split("60.00", "[{\"category\": \"groceries\", \"amount\": \"60.00\"}]")).hasStatus(400);
		assertThat(split("60.00", "[null, {\"category\": \"groceries\", \"amount\": \"60.00\"}]")).hasStatus(400);
		assertThat(split("60.00", """
				[{"category": "groceries", "amount": "30.001"}, {"category": "personal", "amount": "29.999"}]"""))
			.hasStatus(400);
		MvcTestResult transfer = api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "5.00", "date": "2026-10-14", "accountId": "%s",
				 "toAccountId": "%s", "splits": [{"category": "groceries", "amount": "2.50"},
				 {"category": "personal", "amount": "2.50"}]}""".formatted(giro, api.account(ann, "Savings", "0")));
		assertThat(transfer).hasStatus(400);

		assertThat(api.balance(ann, giro)).as("nothing booked").isEqualTo("500.00");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isZero();
	}

}
