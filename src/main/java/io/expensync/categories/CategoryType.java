package io.expensync.categories;

import java.util.Arrays;
import java.util.List;

/** Whether a category classifies money coming in or going out. */
public enum CategoryType {

	INCOME, EXPENSE;

	/**
	 * The keys of the default categories of this type, which every user starts with, in
	 * the defaults' order.
	 */
	public List<String> defaultKeys() {
		return Arrays.stream(DefaultCategory.values())
			.filter(preset -> preset.type == this)
			.map(preset -> preset.key)
			.toList();
	}

}
