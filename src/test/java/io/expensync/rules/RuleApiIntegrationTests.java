package io.expensync.rules;

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

/** {@code /api/v1/rules}: the list in order, its changes, its refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class RuleApiIntegrationTests {

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
		giro = api.account(ann, "Giro", "100.00");
	}

	@Test
	void createsReadsChangesAndDeletesARule() {
		MvcTestResult created = api.post(ann, "/api/v1/rules", """
				{"name": "Coffee", "conditions": [{"field": "MERCHANT", "operator": "CONTAINS", "text": "coffee"}],
				 "minAmount": "1.50", "maxAmount": "20", "accountId": "%s", "type": "EXPENSE",
				 "setCategory": "food", "setMerchant": "Coffee shop"}""".formatted(giro));
		assertThat(created).hasStatus(201);
		String id = Api.read(created, "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/rules/" + id);
		assertThat(created).bodyJson().extractingPath("$.minAmount").isEqualTo("1.5");
		assertThat(created).bodyJson().extractingPath("$.conditions[0].operator").isEqualTo("CONTAINS");
		assertThat(created).bodyJson().extractingPath("$.setDescription").isNull();

		assertThat(api.get(ann, "/api/v1/rules/" + id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.accountId")
			.isEqualTo(giro);

		MvcTestResult patched = api.patch(ann, "/api/v1/rules/" + id, """
				{"name": "Coffee anywhere", "accountId": "", "maxAmount": "", "setDescription": "Coffee"}""");
		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Coffee anywhere");
		assertThat(patched).bodyJson().extractingPath("$.accountId").isNull();
		assertThat(patched).bodyJson().extractingPath("$.maxAmount").isNull();
		assertThat(patched).bodyJson().extractingPath("$.minAmount").as("left as it was").isEqualTo("1.5");
		assertThat(patched).bodyJson().extractingPath("$.setDescription").isEqualTo("Coffee");
		assertThat(patched).bodyJson().extractingPath("$.conditions[0].text").isEqualTo("coffee");

		assertThat(api.delete(ann, "/api/v1/rules/" + id)).hasStatus(204);
		assertThat(api.get(ann, "/api/v1/rules/" + id)).hasStatus(404);
		assertThat(api.get(ann, "/api/v1/rules")).bodyJson().extractingPath("$.items.length()").isEqualTo(0);
	}

	@Test
	void listsInOrderAndReordersOnlyWithEachRuleOnce() {
		String a = rule("A", "aaa");
		String b = rule("B", "bbb");
		String c = rule("C", "ccc");
		assertThat(names()).containsExactly("A", "B", "C");

		MvcTestResult reordered = api.put(ann, "/api/v1/rules/order", """
				{"ids": ["%s", "%s", "%s"]}""".formatted(c, a, b));
		assertThat(reordered).hasStatusOk().bodyJson().extractingPath("$.items[0].position").isEqualTo(0);
		assertThat(names()).containsExactly("C", "A", "B");

		for (String wrong : List.of("[\"%s\", \"%s\"]".formatted(c, a), "[\"%s\", \"%s\", \"%s\"]".formatted(c, a, a),
				"[\"%s\", \"%s\", \"%s\", \"%s\"]".formatted(c, a, b, java.util.UUID.randomUUID()))) {
			MvcTestResult refused = api.put(ann, "/api/v1/rules/order", "{\"ids\": %s}".formatted(wrong));
			assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ids");
			assertThat(refused).bodyJson()
				.extractingPath("$.errors[0].message")
				.isEqualTo("List each of your 3 rules exactly once");
		}
		assertThat(names()).as("nothing moved").containsExactly("C", "A", "B");
	}

	@Test
	void refusesABadRuleNamingEachFieldAndKeepsNothing() {
		MvcTestResult refused = api.post(ann, "/api/v1/rules", """
				{"name": "", "conditions": [{"field": "DESCRIPTION", "operator": "MATCHES", "text": "(unclosed"},
				 {"field": "MERCHANT", "operator": "CONTAINS", "text": "%s"}],
				 "minAmount": "-1", "type": "INCOME", "setCategory": "food"}""".formatted("x".repeat(201)));
		assertThat(refused).hasStatus(400);
		assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactly("name", "conditions[0].text",
				"conditions[1].text", "minAmount", "setCategory");
		assertThat(Api.<String>read(refused, "$.errors[1].message")).startsWith("Not a valid regular expression: ");
		assertThat(Api.<String>read(refused, "$.errors[4].message"))
			.isEqualTo("\"Food\" is an expense category; the rule is for income transactions");

		MvcTestResult nothing = api.post(ann, "/api/v1/rules", """
				{"name": "Empty"}""");
		assertThat(Api.<List<String>>read(nothing, "$.errors[*].field")).containsExactly("conditions", "actions");

		MvcTestResult transfer = api.post(ann, "/api/v1/rules", """
				{"name": "T", "type": "TRANSFER", "setCategory": "food"}""");
		assertThat(Api.<String>read(transfer, "$.errors[0].message")).startsWith("A transfer has no category");

		MvcTestResult tooMany = api.post(ann, "/api/v1/rules",
				"""
						{"name": "Many", "setCategory": "food", "conditions": [%s]}"""
					.formatted(String.join(", ", java.util.Collections.nCopies(11,
							"{\"field\": \"MERCHANT\", \"operator\": \"EQUALS\", \"text\": \"x\"}"))));
		assertThat(Api.<String>read(tooMany, "$.errors[0].message")).isEqualTo("At most 10 text conditions");

		String id = rule("Kept", "kept");
		MvcTestResult badPatch = api.patch(ann, "/api/v1/rules/" + id, """
				{"name": "Changed", "maxAmount": "1", "minAmount": "2"}""");
		assertThat(badPatch).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("maxAmount");
		assertThat(names()).as("only the good rule, unchanged").containsExactly("Kept");
	}

	@Test
	void anotherUsersRuleAndAccountAreNotFound() {
		String id = rule("Mine", "mine");
		CurrentUser bob = users.signUp("Bob");
		String bobs = api.account(bob, "Bob's", "0");
		assertThat(api.get(bob, "/api/v1/rules/" + id)).hasStatus(404);
		assertThat(api.patch(bob, "/api/v1/rules/" + id, "{\"name\": \"Bob's now\"}")).hasStatus(404);
		assertThat(api.delete(bob, "/api/v1/rules/" + id)).hasStatus(404);
		assertThat(api.get(bob, "/api/v1/rules/" + id + "/changes")).hasStatus(404);
		assertThat(api.post(bob, "/api/v1/rules/" + id + "/apply", "")).hasStatus(404);
		assertThat(api.put(bob, "/api/v1/rules/order", "{\"ids\": [\"%s\"]}".formatted(id))).hasStatus(400);
		assertThat(api.patch(ann, "/api/v1/rules/" + id, "{\"accountId\": \"%s\"}".formatted(bobs))).hasStatus(404);
		assertThat(api.post(ann, "/api/v1/rules", """
				{"name": "X", "accountId": "%s", "setCategory": "food"}""".formatted(bobs))).hasStatus(404);
		assertThat(names()).containsExactly("Mine");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/rules/" + id), "$.accountId")).isNull();
	}

	@Test
	void aRuleForADeletedAccountGoesWithIt() {
		String savings = api.account(ann, "Savings", "0");
		api.post(ann, "/api/v1/rules", """
				{"name": "Savings", "accountId": "%s", "setDescription": "Saved"}""".formatted(savings));
		rule("Other", "other");
		assertThat(api.delete(ann, "/api/v1/accounts/" + savings)).hasStatus(204);
		assertThat(names()).containsExactly("Other");
	}

	@Test
	void showsWhatARuleWouldChangeThenAppliesItKeepingBalancesAndMovingCategoryTotals() {
		api.put(ann, "/api/v1/budgets/shopping", "{\"amount\": \"100.00\"}");
		String amazon = expense("30.00", "AMZN Mktp DE", "shopping");
		String other = expense("12.00", "Bakery", "food");
		String already = expense("5.00", "Amazon", "education");
		String id = Api.read(api.post(ann, "/api/v1/rules", """
				{"name": "Amazon books", "conditions": [{"field": "MERCHANT", "operator": "STARTS_WITH",
				 "text": "amzn"}], "setCategory": "education", "setMerchant": "Amazon"}"""), "$.id");
		String balance = api.balance(ann, giro);
		assertThat(spent("shopping")).isEqualTo("30.00");

		MvcTestResult preview = api.get(ann, "/api/v1/rules/" + id + "/changes");
		assertThat(preview).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(preview).bodyJson().extractingPath("$.items[0].transactionId").isEqualTo(amazon);
		assertThat(preview).bodyJson().extractingPath("$.items[0].before.category").isEqualTo("shopping");
		assertThat(preview).bodyJson().extractingPath("$.items[0].after.category").isEqualTo("education");
		assertThat(preview).bodyJson().extractingPath("$.items[0].after.merchant").isEqualTo("Amazon");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/transactions/" + amazon), "$.category"))
			.as("a preview changes nothing")
			.isEqualTo("shopping");

		assertThat(api.post(ann, "/api/v1/rules/" + id + "/apply", "")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.changed")
			.isEqualTo(1);
		assertThat(Api.<String>read(api.get(ann, "/api/v1/transactions/" + amazon), "$.category"))
			.isEqualTo("education");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/transactions/" + amazon), "$.merchant")).isEqualTo("Amazon");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/transactions/" + other), "$.category")).isEqualTo("food");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/transactions/" + already), "$.category"))
			.isEqualTo("education");
		assertThat(api.balance(ann, giro)).as("balances stay").isEqualTo(balance);
		assertThat(spent("shopping")).as("the category's total moved").isEqualTo("0.00");
		assertThat(api.get(ann, "/api/v1/rules/" + id + "/changes")).bodyJson()
			.extractingPath("$.total")
			.as("nothing left to change")
			.isEqualTo(0);
		assertThat(api.post(ann, "/api/v1/rules/" + id + "/apply", "")).bodyJson()
			.extractingPath("$.changed")
			.isEqualTo(0);
	}

	private String expense(String amount, String merchant, String category) {
		MvcTestResult result = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "%s", "merchant": "%s", "category": "%s",
				 "accountId": "%s"}""".formatted(amount, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")),
				merchant, category, giro));
		assertThat(result).hasStatus(201);
		return Api.read(result, "$.id");
	}

	private String spent(String category) {
		List<String> spent = Api.read(api.get(ann, "/api/v1/budgets"),
				"$.items[?(@.scope == '%s')].spent".formatted(category));
		return spent.get(0);
	}

	private String rule(String name, String text) {
		MvcTestResult created = api.post(ann, "/api/v1/rules", """
				{"name": "%s", "conditions": [{"field": "DESCRIPTION", "operator": "CONTAINS", "text": "%s"}],
				 "setCategory": "food"}""".formatted(name, text));
		assertThat(created).hasStatus(201);
		return Api.read(created, "$.id");
	}

	private List<String> names() {
		return Api.read(api.get(ann, "/api/v1/rules"), "$.items[*].name");
	}

}
