package io.expensync.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class CategoryDetailsTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	final CategoryView food = new CategoryView(UUID.randomUUID(), "food", "Food", CategoryType.EXPENSE, "#f43f5e",
			"cup", false);

	@Test
	void namesEveryBrokenFieldAtOnce() {
		assertThat(problems(new CategoryDetails("a".repeat(51), null, "red", "<script>", false)))
			.containsExactlyInAnyOrder("name: A category name has at most 50 characters",
					"type: Choose income or expense", "colour: A colour is written like #22c55e",
					"icon: An icon is a Bootstrap Icons name like cart");
		assertThat(problems(new CategoryDetails("Coffee", CategoryType.EXPENSE, "#AABBCC", "cup", false))).isEmpty();
	}

	@Test
	void aPatchKeepsWhatItLeavesOutAndNeverTheType() {
		assertThat(new CategoryPatch("Eating out", null, null, true).onto(food))
			.isEqualTo(new CategoryDetails("Eating out", CategoryType.EXPENSE, "#f43f5e", "cup", true));
		assertThat(new CategoryPatch(null, null, null, null).onto(food)).isEqualTo(CategoryDetails.of(food));
	}

	@Test
	void aPatchedValueIsCheckedLikeANewOne() {
		assertThat(problems(new CategoryPatch(" ", "blue", null, null).onto(food)))
			.containsExactlyInAnyOrder("name: Give the category a name", "colour: A colour is written like #22c55e");
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
