package io.expensync.register;

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
 * Tags as a browser uses them: typed in the transaction form, offered again while typing,
 * shown and filtered by on the account page, totalled on the month's report, renamed and
 * removed on the tags page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TagPagesIntegrationTests {

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

	private MvcTestResult add(String amount, String type, String category, String tags) {
		return mvc.post()
			.uri("/transactions")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("type", type)
			.param("amount", amount)
			.param("accountId", giro)
			.param("category", category)
			.param("date", "2026-10-14")
			.param("description", "Tagged " + amount)
			.param("tags", tags)
			.exchange();
	}

	private String page(String path, String... params) {
		return api.page(ann, path, params);
	}

	@Test
	void tagsTypedInTheFormAreShownFilteredByAndTotalled() {
		assertThat(add("40.00", "EXPENSE", "food", "Holiday 2026, food")).hasStatus3xxRedirection();
		assertThat(add("10.00", "EXPENSE", "groceries", "food")).hasStatus3xxRedirection();
		assertThat(add("25.00", "INCOME", "freelance", "holiday 2026")).hasStatus3xxRedirection();
		assertThat(add("5.00", "EXPENSE", "groceries", "")).hasStatus3xxRedirection();

		assertThat(page("/transactions/new")).as("the form offers the tags in use")
			.contains("<option value=\"food\">", "<option value=\"holiday 2026\">");
		String account = page("/accounts/" + giro);
		assertThat(account).contains("#holiday 2026", "#food");
		String holiday = page("/accounts/" + giro, "tag", "Holiday 2026");
		assertThat(holiday).contains("Tagged 40.00", "Tagged 25.00", "2 matching").doesNotContain("Tagged 10.00");

		String report = page("/reports/2026-10");
		assertThat(report).contains("By tag", "#food", "#holiday 2026", "€50.00", "€40.00", "€25.00");
	}

	@Test
	void aTagTooLongInTheFormIsShownAtTheFieldAndNothingIsAdded() {
		MvcTestResult refused = add("40.00", "EXPENSE", "food", "ok, " + "x".repeat(41));
		assertThat(refused).hasStatusOk().bodyText().contains("A tag has at most 40 characters");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isZero();
		assertThat(api.balance(ann, giro)).isEqualTo("500.00");
	}

	@Test
	void theTagsPageRenamesAndRemovesATagEverywhere() {
		add("40.00", "EXPENSE", "food", "trip");
		add("10.00", "EXPENSE", "groceries", "trip, food");
		assertThat(page("/tags")).contains("#trip", "#food");

		MvcTestResult renamed = mvc.post()
			.uri("/tags/rename")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("tag", "trip")
			.param("name", "Food")
			.exchange();
		assertThat(renamed).hasRedirectedUrl("/tags");
		assertThat(renamed).flash().containsEntry("success", "Renamed to \"food\" on 2 transaction(s).");
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/tags"), "$[*].tag")).containsExactly("food");

		MvcTestResult blank = mvc.post()
			.uri("/tags/rename")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("tag", "food")
			.param("name", " ")
			.exchange();
		assertThat(blank).flash().containsEntry("error", "Enter the tag's new name");

		MvcTestResult removed = mvc.post()
			.uri("/tags/delete")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("tag", "food")
			.exchange();
		assertThat(removed).flash().containsEntry("success", "Removed \"food\" from 2 transaction(s).");
		assertThat(page("/tags")).contains("No tags yet");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(2);
	}

}
