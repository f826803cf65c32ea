package io.expensync.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The receipt readers name the default expense categories without depending on this
 * module (an AI model is offered exactly these keys): the lists must not drift apart.
 */
class DefaultCategoryKeysTests {

	@Test
	@SuppressWarnings("unchecked")
	void theAiReceiptPromptOffersExactlyTheDefaultExpenseCategories() throws ReflectiveOperationException {
		Field offered = Class.forName("io.expensync.receipts.ai.ReceiptPrompt").getDeclaredField("CATEGORIES");
		offered.setAccessible(true);
		List<String> expenseKeys = Arrays.stream(DefaultCategory.values())
			.filter(category -> category.type == CategoryType.EXPENSE)
			.map(category -> category.key)
			.toList();
		assertThat((List<Object>) offered.get(null)).containsExactlyInAnyOrderElementsOf(expenseKeys);
	}

}
