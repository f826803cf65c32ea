package io.expensync.security;

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

/**
 * Invariant 2: another user's ids answer 404 on every page and endpoint, and cannot be
 * referenced from the caller's own data. Afterwards the owner's data is exactly as
 * before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IsolationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	CurrentUser bob;

	String annAccount;

	String annSavings;

	String annTx;

	String bobAccount;

	String bobTx;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
		annAccount = api.account(ann, "Ann's current", "100.00");
		annSavings = api.account(ann, "Ann's savings", "0");
		annTx = api.transaction(ann, annAccount, "EXPENSE", "10.00", "food");
		assertThat(api.post(ann, "/api/v1/categories", """
				{"name": "Ann's hobby", "type": "EXPENSE", "colour": "#123456", "icon": "palette"}
				""")).hasStatus(201);
		bobAccount = api.account(bob, "Bob's current", "50.00");
		bobTx = api.transaction(bob, bobAccount, "EXPENSE", "5.00", "food");
	}

	@Test
	void apiAnswers404ForSomeoneElsesIds() {
		List<MvcTestResult> answers = List.of(api.get(bob, "/api/v1/accounts/" + annAccount),
				api.patch(bob, "/api/v1/accounts/" + annAccount, "{\"name\": \"mine now\"}"),
				api.post(bob, "/api/v1/accounts/" + annAccount + "/default", ""),
				api.delete(bob, "/api/v1/accounts/" + annAccount), api.get(bob, "/api/v1/transactions/" + annTx),
				api.patch(bob, "/api/v1/transactions/" + annTx, "{\"amount\": \"1.00\"}"),
				api.delete(bob, "/api/v1/transactions/" + annTx),
				api.post(bob, "/api/v1/transactions/bulk-delete",
						"{\"ids\": [\"%s\", \"%s\"]}".formatted(bobTx, annTx)),
				api.get(bob, "/api/v1/transactions", "accountId", annAccount),
				api.patch(bob, "/api/v1/categories/ann-s-hobby", "{\"name\": \"mine\"}"));
		assertThat(answers).allSatisfy(answer -> assertThat(answer).hasStatus(404));
		assertAnnUnchanged();
		assertThat(api.get(bob, "/api/v1/transactions/" + bobTx)).hasStatusOk();
	}

	@Test
	void apiRefusesToReferenceSomeoneElsesAccount() {
		assertThat(api.post(bob, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "1.00", "date": "2026-11-01", "category": "food", "accountId": "%s"}
				""".formatted(annAccount))).hasStatus(404);
		assertThat(api.post(bob, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "1.00", "date": "2026-11-01", "accountId": "%s", "toAccountId": "%s"}
				""".formatted(bobAccount, annAccount))).hasStatus(404);
		assertThat(api.patch(bob, "/api/v1/transactions/" + bobTx, "{\"accountId\": \"%s\"}".formatted(annAccount)))
			.hasStatus(404);
		assertThat(api.patch(bob, "/api/v1/transactions/" + bobTx,
				"{\"type\": \"TRANSFER\", \"toAccountId\": \"%s\"}".formatted(annAccount)))
			.hasStatus(404);
		assertThat(api.post(bob, "/api/v1/transactions",
				"""
						{"type": "EXPENSE", "amount": "1.00", "date": "2026-11-01", "category": "ann-s-hobby", "accountId": "%s"}
						"""
					.formatted(bobAccount)))
			.as("Ann's own category is unknown to Bob")
			.hasStatus(400);

		assertAnnUnchanged();
		assertThat(api.get(bob, "/api/v1/transactions/" + bobTx)).bodyJson()
			.extractingPath("$.accountId")
			.isEqualTo(bobAccount);
		assertThat(api.balance(bob, bobAccount)).isEqualTo("45.00");
		assertThat(Api.<Integer>read(api.get(bob, "/api/v1/transactions"), "$.totalElements")).isEqualTo(1);
	}

	@Test
	void pagesAnswer404ForSomeoneElsesIds() {
		for (String page : List.of("/accounts/" + annAccount, "/accounts/" + annAccount + "/edit",
				"/accounts/" + annAccount + "/delete", "/transactions/" + annTx + "/edit",
				"/transactions/new?accountId=" + annAccount, "/categories/ann-s-hobby/edit")) {
			assertThat(mvc.get().uri(page).with(TestUsers.session(bob))).as(page).hasStatus(404);
		}
		for (String action : List.of("/accounts/" + annAccount + "/edit", "/accounts/" + annAccount + "/delete",
				"/accounts/" + annAccount + "/default", "/transactions/" + annTx + "/edit",
				"/transactions/" + annTx + "/delete", "/categories/ann-s-hobby/edit")) {
			assertThat(mvc.post()
				.uri(action)
				.with(TestUsers.session(bob))
				.with(csrf())
				.param("name", "mine")
				.param("type", "EXPENSE")
				.param("amount", "1.00")
				.param("date", "2026-11-01")
				.param("category", "food")
				.param("accountId", bobAccount)
				.param("colour", "#000000")
				.param("icon", "tag")).as(action).hasStatus(404);
		}
		assertThat(mvc.post()
			.uri("/accounts/" + bobAccount + "/bulk-delete")
			.with(TestUsers.session(bob))
			.with(csrf())
			.param("ids", bobTx, annTx)).hasStatus(404);
		for (String fragment : List.of("ledger", "activity")) {
			assertThat(
					mvc.get().uri("/accounts/" + annAccount).header("HX-Target", fragment).with(TestUsers.session(bob)))
				.as(fragment)
				.hasStatus(404);
		}
		assertThat(mvc.post()
			.uri("/accounts/" + annAccount + "/bulk-delete")
			.with(TestUsers.session(bob))
			.with(csrf())
			.param("all", "true")).hasStatus(404);
		assertAnnUnchanged();
	}

	@Test
	void formRefusesSomeoneElsesAccountNextToTheField() {
		MvcTestResult result = mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(bob))
			.with(csrf())
			.param("type", "EXPENSE")
			.param("amount", "1.00")
			.param("date", "2026-11-01")
			.param("category", "food")
			.param("accountId", annAccount)
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Choose one of your accounts");
		assertThat(Api.<Integer>read(api.get(bob, "/api/v1/transactions"), "$.totalElements")).isEqualTo(1);
		assertAnnUnchanged();
	}

	private void assertAnnUnchanged() {
		assertThat(api.balance(ann, annAccount)).isEqualTo("90.00");
		assertThat(api.balance(ann, annSavings)).isEqualTo("0.00");
		MvcTestResult accounts = api.get(ann, "/api/v1/accounts");
		assertThat(Api.<List<String>>read(accounts, "$.items[*].name")).containsExactly("Ann's current",
				"Ann's savings");
		assertThat(Api.<List<String>>read(accounts, "$.items[?(@.isDefault == true)].id")).containsExactly(annAccount);
		MvcTestResult tx = api.get(ann, "/api/v1/transactions/" + annTx);
		assertThat(tx).bodyJson().extractingPath("$.amount").isEqualTo("10.00");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(1);
		assertThat(
				Api.<List<String>>read(api.get(ann, "/api/v1/categories"), "$.items[?(@.key == 'ann-s-hobby')].name"))
			.containsExactly("Ann's hobby");
	}

}
