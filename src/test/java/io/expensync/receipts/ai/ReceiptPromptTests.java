package io.expensync.receipts.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.categories.CategoryType;

import org.junit.jupiter.api.Test;

class ReceiptPromptTests {

	private static final Pattern OFFERED = Pattern
		.compile("\"category\": the one category that fits best, one of: (.+),\n");

	@Test
	void thePromptOffersExactlyTheDefaultExpenseCategories() {
		Matcher offered = OFFERED.matcher(ReceiptPrompt.text());
		assertThat(offered.find()).as("the prompt's category line").isTrue();
		List<String> keys = Arrays.asList(offered.group(1).split(", "));
		assertThat(keys).containsExactlyElementsOf(CategoryType.EXPENSE.defaultKeys())
			.contains("groceries", "other-expense")
			.doesNotContainAnyElementsOf(CategoryType.INCOME.defaultKeys());
		assertThat(ReceiptPrompt.CATEGORIES).as("the answers accepted").isEqualTo(keys);
	}

}
