package io.expensync.categories;

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

@SpringBootTest
@AutoConfigureMockMvc
class CategoryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
	}

	@Test
	void addsRenamesRecoloursAndArchivesOwnCategories() {
		MvcTestResult created = api.post(ann, "/api/v1/categories", """
				{"name": "Café visits", "type": "EXPENSE", "colour": "#AABBCC", "icon": "cup"}
				""");
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.key").isEqualTo("cafe-visits");
		assertThat(created).bodyJson().extractingPath("$.colour").isEqualTo("#aabbcc");
		MvcTestResult again = api.post(ann, "/api/v1/categories", """
				{"name": "Cafe Visits", "type": "INCOME", "colour": "#000000", "icon": "cup"}
				""");
		assertThat(again).bodyJson().extractingPath("$.key").isEqualTo("cafe-visits-2");

		MvcTestResult patched = api.patch(ann, "/api/v1/categories/cafe-visits", """
				{"name": "Coffee", "colour": "#112233", "archived": true}
				""");
		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Coffee");
		assertThat(patched).bodyJson().extractingPath("$.key").isEqualTo("cafe-visits");
		assertThat(patched).bodyJson().extractingPath("$.archived").isEqualTo(true);
	}

	@Test
	void refusesBadCategories() {
		for (String body : List.of("{\"name\": \"\", \"type\": \"EXPENSE\", \"colour\": \"#000000\", \"icon\": \"x\"}",
				"{\"name\": \"A\", \"type\": \"EXPENSE\", \"colour\": \"red\", \"icon\": \"x\"}",
				"{\"name\": \"A\", \"type\": \"EXPENSE\", \"colour\": \"#000000\", \"icon\": \"<script>\"}",
				"{\"name\": \"" + "a".repeat(51)
						+ "\", \"type\": \"EXPENSE\", \"colour\": \"#000000\", \"icon\": \"x\"}")) {
			assertThat(api.post(ann, "/api/v1/categories", body)).as(body).hasStatus(400);
		}
		assertThat(api.patch(ann, "/api/v1/categories/food", "{\"colour\": \"blue\"}")).hasStatus(400);
		// the 21 defaults a sign-up gave, as the API lists them (their keys, names and
		// colours: CategoriesModuleTests)
		MvcTestResult list = api.get(ann, "/api/v1/categories");
		assertThat(Api.<Integer>read(list, "$.totalElements")).isEqualTo(21);
		assertThat(Api.<List<String>>read(list, "$.items[?(@.type == 'INCOME')].key")).hasSize(6);
		assertThat(Api.<List<String>>read(list, "$.items[?(@.key == 'food')].colour")).containsExactly("#f43f5e");
	}

	@Test
	void thePageShowsEveryBrokenFieldAtOnceAndAddsNothing() {
		MvcTestResult refused = mvc.post()
			.uri("/categories")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", "")
			.param("type", "EXPENSE")
			.param("colour", "red")
			.param("icon", "cup")
			.exchange();
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Give the category a name", "A colour is written like #22c55e", "is-invalid");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/categories"), "$.totalElements")).isEqualTo(21);

		assertThat(mvc.post()
			.uri("/categories/food/edit")
			.with(TestUsers.session(ann))
			.with(csrf())
			.param("name", " Eating out ")
			.param("type", "EXPENSE")
			.param("colour", "#112233")
			.param("icon", "cup")).hasRedirectedUrl("/categories")
			.flash()
			.containsEntry("success", "Category \"Eating out\" saved.");
	}

}
