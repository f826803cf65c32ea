package io.expensync.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CategoryTypeTests {

	@Test
	void eachTypeNamesTheKeysOfItsOwnDefaults() {
		assertThat(CategoryType.EXPENSE.defaultKeys()).hasSize(15)
			.startsWith("housing", "transportation")
			.endsWith("bills", "other-expense")
			.contains("food", "groceries")
			.doesNotContain("salary", "other-income");
		assertThat(CategoryType.INCOME.defaultKeys()).containsExactly("salary", "freelance", "investments", "business",
				"rental", "other-income");
	}

	@Test
	void theTwoTypesTogetherNameEveryDefaultOnce() {
		assertThat(
				Stream.concat(CategoryType.INCOME.defaultKeys().stream(), CategoryType.EXPENSE.defaultKeys().stream()))
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					Arrays.stream(DefaultCategory.values()).map(preset -> preset.key).toList());
	}

}
