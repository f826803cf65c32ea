package io.expensync.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import io.expensync.UserRows;
import io.expensync.users.UserRegistered;
import io.expensync.users.UserView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The categories module on its own: a user registered gets the 21 default categories
 * once, however often the event comes, and nobody else gets any; the user's own additions
 * and changes are announced for the audit log, the defaults are not.
 */
@ApplicationModuleTest(extraIncludes = "web")
class CategoriesModuleTests {

	@Autowired
	CategoryService categories;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	@BeforeEach
	void setUp() {
		ann = new UserRows(jdbc).insert("Ann");
		bob = new UserRows(jdbc).insert("Bob");
	}

	@Test
	void aRegisteredUserGetsTheSeeds21CategoriesOnceAndNobodyElseAny(Scenario scenario) {
		scenario.publish(new UserRegistered(ann.id()))
			.andWaitForStateChange(() -> categories.list(ann.id()))
			.andVerifyEvents(
					(events) -> assertThat(events.ofType(CategoryChanged.class)).as("not the user's doing").isEmpty());
		List<CategoryView> seeded = categories.list(ann.id());
		assertThat(seeded).hasSize(21).noneMatch(CategoryView::archived);
		assertThat(seeded).filteredOn((category) -> category.type() == CategoryType.INCOME)
			.extracting(CategoryView::key)
			.containsExactlyInAnyOrder("salary", "freelance", "investments", "business", "rental", "other-income");
		assertThat(seeded).filteredOn((category) -> category.type() == CategoryType.EXPENSE)
			.extracting(CategoryView::key)
			.containsExactlyInAnyOrder("housing", "transportation", "groceries", "utilities", "entertainment", "food",
					"shopping", "healthcare", "education", "personal", "travel", "insurance", "gifts", "bills",
					"other-expense");
		assertThat(categories.get(ann.id(), "groceries").colour()).isEqualTo("#84cc16");
		assertThat(categories.get(ann.id(), "gifts").name()).isEqualTo("Gifts & Donations");

		// delivered again (at least once): nothing doubles
		scenario.publish(new UserRegistered(ann.id()))
			.andWaitForStateChange(() -> categories.list(ann.id()))
			.andVerify((again) -> assertThat(again).hasSize(21));
		assertThat(categories.list(bob.id())).isEmpty();
	}

	@Test
	void addingAndChangingOnesOwnCategoryIsAnnouncedWithBeforeAndAfter(Scenario scenario) {
		scenario
			.stimulate(() -> categories.create(ann.id(),
					new CategoryDetails("Café visits", CategoryType.EXPENSE, "#AABBCC", "cup", false)))
			.andWaitForEventOfType(CategoryChanged.class)
			.matching((changed) -> changed.userId().equals(ann.id()))
			.toArriveAndVerify((changed, created) -> {
				assertThat(changed.key()).isEqualTo("cafe-visits").isEqualTo(created.key());
				assertThat(changed.before()).isNull();
				assertThat(changed.after()).isEqualTo(created);
				assertThat(created.colour()).isEqualTo("#aabbcc");
			});

		scenario
			.stimulate(() -> categories.update(ann.id(), "cafe-visits",
					new CategoryDetails("Coffee", CategoryType.EXPENSE, "#112233", "cup", true)))
			.andWaitForEventOfType(CategoryChanged.class)
			.matching((changed) -> changed.userId().equals(ann.id()) && changed.before() != null)
			.toArriveAndVerify((changed) -> {
				assertThat(changed.before()).extracting(CategoryView::name, CategoryView::archived)
					.containsExactly("Café visits", false);
				assertThat(changed.after()).extracting(CategoryView::key, CategoryView::name, CategoryView::archived)
					.containsExactly("cafe-visits", "Coffee", true);
			});
		assertThat(categories.list(ann.id())).extracting(CategoryView::key, CategoryView::archived)
			.containsExactly(tuple("cafe-visits", true));
		assertThat(categories.list(bob.id())).isEmpty();
	}

}
