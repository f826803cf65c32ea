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
 * Free tags on transactions through the API: kept in one spelling, filtered by, counted,
 * renamed and removed on every transaction at once, and refused with a problem naming the
 * field when they are no tags, changing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TagsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	Api api;

	CurrentUser ann;

	String current;

	@BeforeEach
	void setUp() {
		api = new Api(mvc);
		ann = users.signUp("Ann");
		current = api.account(ann, "Current", "1000.00");
	}

	private String tagged(String amount, String tags) {
		MvcTestResult created = api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "2026-11-03", "category": "food", "accountId": "%s",
				 "tags": %s}
				""".formatted(amount, current, tags));
		assertThat(created).hasStatus(201);
		return Api.read(created, "$.id");
	}

	private List<String> tagsOf(String id) {
		return Api.read(api.get(ann, "/api/v1/transactions/" + id), "$.tags");
	}

	@Test
	void tagsAreKeptInOneSpellingAndFilterTheList() {
		String trip = tagged("12.00", "[\" Holiday  2026 \", \"Food\", \"food\", \"\"]");
		tagged("3.00", "[\"food\"]");
		tagged("4.00", "[]");

		assertThat(tagsOf(trip)).containsExactly("food", "holiday 2026");
		MvcTestResult holiday = api.get(ann, "/api/v1/transactions", "tag", "HOLIDAY 2026");
		assertThat(Api.<List<String>>read(holiday, "$.items[*].id")).containsExactly(trip);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions", "tag", "food"), "$.totalElements"))
			.isEqualTo(2);
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions", "tag", "nothing"), "$.totalElements"))
			.isZero();

		MvcTestResult counted = api.get(ann, "/api/v1/tags");
		assertThat(Api.<List<String>>read(counted, "$[*].tag")).containsExactly("food", "holiday 2026");
		assertThat(Api.<List<Integer>>read(counted, "$[*].transactions")).containsExactly(2, 1);
	}

	@Test
	void aPatchReplacesTheTagsOnlyWhenItGivesThem() {
		String id = tagged("12.00", "[\"holiday\"]");
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"amount": "13.00"}
				""")).hasStatusOk();
		assertThat(tagsOf(id)).containsExactly("holiday");
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"tags": ["gifts", "holiday"]}
				""")).hasStatusOk();
		assertThat(tagsOf(id)).containsExactly("gifts", "holiday");
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"tags": []}
				""")).hasStatusOk();
		assertThat(tagsOf(id)).isEmpty();
		assertThat(api.balance(ann, current)).isEqualTo("987.00");
	}

	@Test
	void renamingATagChangesEveryTransactionAndJoinsTwoTagsIntoOne() {
		String both = tagged("1.00", "[\"trip\", \"holiday\"]");
		String trip = tagged("2.00", "[\"trip\"]");
		String holiday = tagged("3.00", "[\"holiday\"]");

		MvcTestResult renamed = api.put(ann, "/api/v1/tags/trip", """
				{"name": "Holiday"}
				""");
		assertThat(renamed).hasStatusOk().bodyJson().extractingPath("$.tag").isEqualTo("holiday");
		assertThat(renamed).bodyJson().extractingPath("$.transactions").isEqualTo(3);
		assertThat(tagsOf(both)).containsExactly("holiday");
		assertThat(tagsOf(trip)).containsExactly("holiday");
		assertThat(tagsOf(holiday)).containsExactly("holiday");

		assertThat(api.put(ann, "/api/v1/tags/holiday", """
				{"name": "summer 2026"}
				""")).hasStatusOk();
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/tags"), "$[*].tag")).containsExactly("summer 2026");
		assertThat(mvc.delete().uri("/api/v1/tags/{tag}", "summer 2026").with(TestUsers.basic(ann))).hasStatus(204);
		assertThat(tagsOf(both)).isEmpty();
		assertThat(Api.<List<String>>read(api.get(ann, "/api/v1/tags"), "$[*]")).isEmpty();
		assertThat(api.balance(ann, current)).as("tags move no money").isEqualTo("994.00");
	}

	@Test
	void anotherUsersTagsAreNeitherSeenNorChanged() {
		String id = tagged("1.00", "[\"private\"]");
		CurrentUser bob = users.signUp("Bob");
		assertThat(Api.<List<String>>read(api.get(bob, "/api/v1/tags"), "$[*]")).isEmpty();
		assertThat(api.put(bob, "/api/v1/tags/private", """
				{"name": "mine"}
				""")).hasStatus(404);
		assertThat(api.delete(bob, "/api/v1/tags/private")).hasStatus(404);
		assertThat(Api.<Integer>read(api.get(bob, "/api/v1/transactions", "tag", "private"), "$.totalElements"))
			.isZero();
		assertThat(tagsOf(id)).containsExactly("private");
	}

	@Test
	void badTagsAreRefusedNamingTheFieldAndChangeNothing() {
		String id = tagged("5.00", "[\"kept\"]");
		String tooLong = "x".repeat(41);
		for (String tags : List.of("[\"" + tooLong + "\"]", "[\"a,b\"]", "[\"a/b\"]", "[\"50%\"]", "[null]",
				"[" + "\"t\",".repeat(0) + String.join(",",
						java.util.stream.IntStream.rangeClosed(1, 21).mapToObj((n) -> "\"t" + n + "\"").toList())
						+ "]")) {
			MvcTestResult refused = api.patch(ann, "/api/v1/transactions/" + id, """
					{"amount": "6.00", "tags": %s}
					""".formatted(tags));
			assertThat(refused).as(tags).hasStatus(400).hasContentType("application/problem+json");
			assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).as(tags).containsExactly("tags");
			MvcTestResult created = api.post(ann, "/api/v1/transactions", """
					{"type": "EXPENSE", "amount": "1.00", "date": "2026-11-03", "category": "food", "accountId": "%s",
					 "tags": %s}
					""".formatted(current, tags));
			assertThat(created).as(tags).hasStatus(400);
		}
		assertThat(api.patch(ann, "/api/v1/transactions/" + id, """
				{"tags": "kept"}
				""")).hasStatus(400);
		MvcTestResult renamed = api.put(ann, "/api/v1/tags/kept", """
				{"name": "%s"}
				""".formatted(tooLong));
		assertThat(renamed).hasStatus(400).hasContentType("application/problem+json");
		assertThat(Api.<List<String>>read(renamed, "$.errors[*].field")).containsExactly("name");
		assertThat(api.put(ann, "/api/v1/tags/kept", "{}")).hasStatus(400);

		assertThat(tagsOf(id)).containsExactly("kept");
		assertThat(api.balance(ann, current)).isEqualTo("995.00");
		assertThat(Api.<Integer>read(api.get(ann, "/api/v1/transactions"), "$.totalElements")).isEqualTo(1);
	}

}
