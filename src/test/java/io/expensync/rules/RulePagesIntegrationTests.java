package io.expensync.rules;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The Rules page: add, show errors at their fields, edit, move, remove, apply. */
@SpringBootTest
@AutoConfigureMockMvc
class RulePagesIntegrationTests {

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
		giro = api.account(ann, "Giro", "50.00");
	}

	@Test
	void addsEditsMovesAndRemovesRules() {
		assertThat(mvc.get().uri("/rules").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("No rules yet", "Rules win over the category you pick");
		assertThat(mvc.get().uri("/rules/new").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("conditions[2].text");

		assertThat(add("Coffee", "coffee", "food")).hasRedirectedUrl("/rules");
		assertThat(add("Books", "books", "education")).hasRedirectedUrl("/rules");
		assertThat(mvc.get().uri("/rules").with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("Merchant contains &quot;coffee&quot;", "file under", "Education");

		String books = Api.<String>read(api.get(ann, "/api/v1/rules"), "$.items[1].id");
		assertThat(mvc.post().uri("/rules/{id}/up", books).with(TestUsers.session(ann)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(names()).containsExactly("Books", "Coffee");
		assertThat(mvc.post().uri("/rules/{id}/down", books).with(TestUsers.session(ann)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(names()).containsExactly("Coffee", "Books");

		assertThat(mvc.get().uri("/rules/{id}/edit", books).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("value=\"books\"");
		assertThat(mvc.post()
			.uri("/rules/{id}/edit", books)
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "Bookshop")
			.param("conditions[0].field", "DESCRIPTION")
			.param("conditions[0].operator", "STARTS_WITH")
			.param("conditions[0].text", "book")
			.param("conditions[1].field", "MERCHANT")
			.param("conditions[1].operator", "CONTAINS")
			.param("conditions[1].text", "")
			.param("accountId", giro)
			.param("type", "EXPENSE")
			.param("setCategory", "education")).hasRedirectedUrl("/rules");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/rules/" + books), "$.conditions[0].operator"))
			.isEqualTo("STARTS_WITH");
		assertThat(Api.<List<Object>>read(api.get(ann, "/api/v1/rules/" + books), "$.conditions")).hasSize(1);
		assertThat(Api.<String>read(api.get(ann, "/api/v1/rules/" + books), "$.accountId")).isEqualTo(giro);

		assertThat(mvc.post().uri("/rules/{id}/delete", books).with(TestUsers.session(ann)).with(csrf()))
			.hasRedirectedUrl("/rules");
		assertThat(names()).containsExactly("Coffee");
	}

	@Test
	void showsEachErrorNextToItsFieldAndSavesNothing() throws Exception {
		MvcTestResult refused = mvc.post()
			.uri("/rules")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "Broken")
			.param("conditions[0].field", "MERCHANT")
			.param("conditions[0].operator", "CONTAINS")
			.param("conditions[0].text", "")
			.param("conditions[1].field", "DESCRIPTION")
			.param("conditions[1].operator", "MATCHES")
			.param("conditions[1].text", "([a-z]")
			.param("minAmount", "ten")
			.param("type", "INCOME")
			.param("setCategory", "food")
			.exchange();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Not a valid regular expression", "is an expense category; the rule is for income", "is-invalid");
		String body = refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body.indexOf("Not a valid regular expression")).as("shown at the second row, where it was typed")
			.isGreaterThan(body.indexOf("id=\"conditions1.text\""));
		assertThat(body).contains("not a number");
		assertThat(names()).isEmpty();
	}

	@Test
	void showsWhatARuleWouldChangeThenAppliesIt() {
		String bakery = Api.read(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "4.20", "date": "2026-11-02", "merchant": "Bakery Ltd",
				 "category": "groceries", "accountId": "%s"}""".formatted(giro)), "$.id");
		add("Bakery", "bakery", "food");
		String id = Api.<String>read(api.get(ann, "/api/v1/rules"), "$.items[0].id");

		assertThat(mvc.get().uri("/rules/{id}/changes", id).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("transaction would change", "Groceries", "Food", "Change 1 transaction");
		assertThat(mvc.post().uri("/rules/{id}/apply", id).with(TestUsers.session(ann)).with(csrf()))
			.hasRedirectedUrl("/rules");
		assertThat(Api.<String>read(api.get(ann, "/api/v1/transactions/" + bakery), "$.category")).isEqualTo("food");
		assertThat(api.balance(ann, giro)).isEqualTo("45.80");
		assertThat(mvc.get().uri("/rules/{id}/changes", id).with(TestUsers.session(ann))).hasStatusOk()
			.bodyText()
			.contains("would change none of your transactions");
	}

	@Test
	void anotherUsersRuleIsNotFound() {
		add("Mine", "mine", "food");
		String id = Api.<String>read(api.get(ann, "/api/v1/rules"), "$.items[0].id");
		CurrentUser bob = users.signUp("Bob");
		assertThat(mvc.get().uri("/rules/{id}/edit", id).with(TestUsers.session(bob))).hasStatus(404);
		assertThat(mvc.get().uri("/rules/{id}/changes", id).with(TestUsers.session(bob))).hasStatus(404);
		assertThat(mvc.post().uri("/rules/{id}/delete", id).with(TestUsers.session(bob)).with(csrf())).hasStatus(404);
		assertThat(names()).containsExactly("Mine");
	}

	private MvcTestResult add(String name, String merchant, String category) {
		return mvc.post()
			.uri("/rules")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", name)
			.param("conditions[0].field", "MERCHANT")
			.param("conditions[0].operator", "CONTAINS")
			.param("conditions[0].text", merchant)
			.param("setCategory", category)
			.exchange();
	}

	private List<String> names() {
		return Api.read(api.get(ann, "/api/v1/rules"), "$.items[*].name");
	}

}
