package io.expensync.accounts;

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

@SpringBootTest
@AutoConfigureMockMvc
class AccountApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void signUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
	}

	@Test
	void createsAccountWithTheSeedsShape() {
		MvcTestResult created = api.post(ann, "/api/v1/accounts",
				"""
						{"name": "Everyday", "type": "CURRENT", "currency": "EUR", "openingBalance": "1200.5", "isDefault": false}
						""");
		assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/accounts/" + Api.read(created, "$.id"));
		assertThat(created).bodyJson().extractingPath("$.balance").isEqualTo("1200.50");
		assertThat(created).bodyJson().extractingPath("$.openingBalance").isEqualTo("1200.50");
		assertThat(created).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
		assertThat(created).bodyJson().extractingPath("$.type").isEqualTo("CURRENT");
		assertThat(created).bodyJson().extractingPath("$.createdAt").isNotNull();
		// the first account is the default even when not asked for
		assertThat(created).bodyJson().extractingPath("$.isDefault").isEqualTo(true);
	}

	@Test
	void keepsExactlyOneDefault() {
		String first = api.account(ann, "First", "0");
		String second = api.account(ann, "Second", "0");
		assertThat(defaults()).containsExactly(first);

		assertThat(api.post(ann, "/api/v1/accounts/" + second + "/default", "")).hasStatusOk();
		assertThat(defaults()).containsExactly(second);

		MvcTestResult third = api.post(ann, "/api/v1/accounts", """
				{"name": "Third", "type": "SAVINGS", "currency": "EUR", "openingBalance": "0", "isDefault": true}
				""");
		assertThat(defaults()).containsExactly(Api.<String>read(third, "$.id"));

		assertThat(api.delete(ann, "/api/v1/accounts/" + Api.read(third, "$.id"))).hasStatus(204);
		assertThat(defaults()).as("the oldest remaining account takes over").containsExactly(first);
	}

	@Test
	void renamesAndRetypesButKeepsTheMoney() {
		String id = api.account(ann, "Wallet", "20.00");
		MvcTestResult patched = api.patch(ann, "/api/v1/accounts/" + id, """
				{"name": "Cash in wallet", "type": "CASH"}
				""");
		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Cash in wallet");
		assertThat(patched).bodyJson().extractingPath("$.type").isEqualTo("CASH");
		assertThat(patched).bodyJson().extractingPath("$.balance").isEqualTo("20.00");
	}

	@Test
	void deletingAnAccountRemovesItsTransactionsAndReversesItsTransfers() {
		String current = api.account(ann, "Current", "500.00");
		String savings = api.account(ann, "Savings", "100.00");
		api.transaction(ann, savings, "EXPENSE", "10.00", "bills");
		api.transfer(ann, savings, current, "40.00");
		api.transfer(ann, current, savings, "15.00");
		assertThat(api.balance(ann, current)).isEqualTo("525.00");

		assertThat(api.delete(ann, "/api/v1/accounts/" + savings)).hasStatus(204);

		assertThat(api.get(ann, "/api/v1/accounts/" + savings)).hasStatus(404);
		assertThat(api.balance(ann, current)).isEqualTo("500.00");
		assertThat(api.get(ann, "/api/v1/transactions")).bodyJson().extractingPath("$.totalElements").isEqualTo(0);
	}

	@Test
	void refusesABadAccountNamingEveryBrokenField() {
		MvcTestResult refused = api.post(ann, "/api/v1/accounts", """
				{"name": " ", "type": "CURRENT", "currency": "EUR", "openingBalance": "1.005"}
				""");
		assertThat(refused).hasStatus(400);
		assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactly("name", "openingBalance");
		String id = api.account(ann, "Wallet", "20.00");
		assertThat(api.patch(ann, "/api/v1/accounts/" + id, "{\"name\": \"\"}")).hasStatus(400);
		assertThat(api.get(ann, "/api/v1/accounts/" + id)).bodyJson().extractingPath("$.name").isEqualTo("Wallet");
	}

	private List<String> defaults() {
		return Api.read(api.get(ann, "/api/v1/accounts"), "$.items[?(@.isDefault == true)].id");
	}

}
