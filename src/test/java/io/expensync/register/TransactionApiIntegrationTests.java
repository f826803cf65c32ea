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

@SpringBootTest
@AutoConfigureMockMvc
class TransactionApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	String current;

	String savings;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		current = api.account(ann, "Current", "1000.00");
		savings = api.account(ann, "Savings", "0");
	}

	@Test
	void recordsIncomeExpenseAndTransferWithTheirBalances() {
		MvcTestResult income = api.post(ann, "/api/v1/transactions", """
				{"type": "INCOME", "amount": "2500.10", "currency": "EUR", "date": "2026-11-01", "description": "Pay",
				 "category": "salary", "merchant": "Acme", "notes": "November", "accountId": "%s"}
				""".formatted(current));
		assertThat(income).hasStatus(201).bodyJson().extractingPath("$.amount").isEqualTo("2500.10");
		assertThat(income).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
		assertThat(income).bodyJson().extractingPath("$.category").isEqualTo("salary");
		assertThat(income).bodyJson().extractingPath("$.merchant").isEqualTo("Acme");
		assertThat(income).bodyJson().extractingPath("$.date").isEqualTo("2026-11-01");
		api.transaction(ann, current, "EXPENSE", "0.10", "food");
		MvcTestResult transfer = api.post(ann, "/api/v1/transactions", """
				{"type": "TRANSFER", "amount": "300", "date": "2026-11-02", "accountId": "%s", "toAccountId": "%s"}
				""".formatted(current, savings));
		assertThat(transfer).hasStatus(201).bodyJson().extractingPath("$.toAccountId").isEqualTo(savings);
		assertThat(transfer).bodyJson().extractingPath("$.category").isNull();

		assertThat(api.balance(ann, current)).isEqualTo("3200.00");
		assertThat(api.balance(ann, savings)).isEqualTo("300.00");
	}

	@Test
	void editingAmountTypeAndAccountMovesTheBalances() {
		String id = api.transaction(ann, current, "EXPENSE", "100.00", "groceries");
		assertThat(api.balance(ann, current)).isEqualTo("900.00");

		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"amount": "40.50"}
				""")).hasStatusOk();
		assertThat(api.balance(ann, current)).isEqualTo("959.50");

		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"type": "INCOME", "category": "freelance", "accountId": "%s"}
				""".formatted(savings))).hasStatusOk();
		assertThat(api.balance(ann, current)).isEqualTo("1000.00");
		assertThat(api.balance(ann, savings)).isEqualTo("40.50");

		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"type": "TRANSFER", "toAccountId": "%s"}
				""".formatted(current))).hasStatusOk();
		assertThat(api.balance(ann, savings)).isEqualTo("-40.50");
		assertThat(api.balance(ann, current)).isEqualTo("1040.50");

		assertThat(api.delete(ann, "/api/v1/transactions/" + id)).hasStatus(204);
		assertThat(api.balance(ann, savings)).isEqualTo("0.00");
		assertThat(api.balance(ann, current)).isEqualTo("1000.00");
		assertThat(api.get(ann, "/api/v1/transactions/" + id)).hasStatus(404);
	}

	@Test
	void bulkDeleteRemovesAllOrNothing() {
		String a = api.transaction(ann, current, "EXPENSE", "1.00", "food");
		String b = api.transaction(ann, current, "EXPENSE", "2.00", "food");
		String c = api.transfer(ann, current, savings, "3.00");
		assertThat(api.post(ann, "/api/v1/transactions/bulk-delete", """
				{"ids": ["%s", "%s", "00000000-0000-0000-0000-000000000001"]}
				""".formatted(a, b))).hasStatus(404);
		assertThat(api.balance(ann, current)).isEqualTo("994.00");

		assertThat(api.post(ann, "/api/v1/transactions/bulk-delete", """
				{"ids": ["%s", "%s", "%s"]}
				""".formatted(a, b, c))).hasStatusOk().bodyJson().extractingPath("$.deleted").isEqualTo(3);
		assertThat(api.balance(ann, current)).isEqualTo("1000.00");
		assertThat(api.balance(ann, savings)).isEqualTo("0.00");
	}

	@Test
	void listsNewestFirstWithFiltersAndPages() {
		for (int day = 1; day <= 9; day++) {
			api.post(ann, "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "%d.00", "date": "2026-10-0%d", "description": "Coffee %d",
					 "merchant": "Bean & Co", "category": "%s", "accountId": "%s"}
					""".formatted(day, day, day, day % 2 == 0 ? "food" : "shopping", current));
		}
		api.transfer(ann, current, savings, "5.00");

		MvcTestResult firstPage = api.get(ann, "/api/v1/transactions?accountId=%s&size=4&page=0".formatted(current));
		assertThat(firstPage).hasStatusOk().bodyJson().extractingPath("$.totalElements").isEqualTo(10);
		assertThat(firstPage).bodyJson().extractingPath("$.totalPages").isEqualTo(3);
		assertThat(Api.<List<String>>read(firstPage, "$.items[*].date")).containsExactly("2026-11-01", "2026-10-09",
				"2026-10-08", "2026-10-07");

		assertThat(
				Api.<List<String>>read(api.get(ann, "/api/v1/transactions?category=food&from=2026-10-03&to=2026-10-08"),
						"$.items[*].description"))
			.containsExactly("Coffee 8", "Coffee 6", "Coffee 4");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions?type=TRANSFER"), "$.totalElements"))
			.isEqualTo(1);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions?accountId=" + savings), "$.totalElements"))
			.isEqualTo(1);
		assertThat(
				Api.<Integer>read(api.get(ann, "/api/v1/transactions?size=1&accountId=" + savings), "$.totalElements"))
			.as("a full page is counted: the transfer into the account counts")
			.isEqualTo(1);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions?size=4&page=2&accountId=" + current),
				"$.totalElements"))
			.as("counted on a later page too")
			.isEqualTo(10);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions", "q", "BEAN &"), "$.totalElements"))
			.isEqualTo(9);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions", "q", "coffee 9"), "$.totalElements"))
			.isEqualTo(1);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions", "q", "%"), "$.totalElements"))
			.as("a % in the search is a character, not a wildcard")
			.isEqualTo(0);
	}

	@Test
	void archivedCategoriesStayOnOldTransactionsButNotOnNewOnes() {
		String id = api.transaction(ann, current, "EXPENSE", "9.99", "education");
		assertThat(api.patch(ann, "/api/v1/categories/education", """
				{"archived": true}
				""")).hasStatusOk();
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"amount": "19.99"}
				""")).hasStatusOk();
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "1", "date": "2026-11-01", "category": "education", "accountId": "%s"}
				""".formatted(current))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("category");
	}

}
