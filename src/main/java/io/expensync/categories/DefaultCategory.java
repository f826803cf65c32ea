package io.expensync.categories;

import static io.expensync.categories.CategoryType.EXPENSE;
import static io.expensync.categories.CategoryType.INCOME;

/**
 * The seed's 21 categories with their keys, names, types and colours; icons are Bootstrap
 * Icons names standing in for the seed's Lucide icons.
 */
enum DefaultCategory {

	SALARY("salary", "Salary", INCOME, "#22c55e", "wallet2"),
	FREELANCE("freelance", "Freelance", INCOME, "#06b6d4", "laptop"),
	INVESTMENTS("investments", "Investments", INCOME, "#6366f1", "graph-up-arrow"),
	BUSINESS("business", "Business", INCOME, "#ec4899", "building"),
	RENTAL("rental", "Rental", INCOME, "#f59e0b", "house"),
	OTHER_INCOME("other-income", "Other Income", INCOME, "#64748b", "plus-circle"),
	HOUSING("housing", "Housing", EXPENSE, "#ef4444", "house-door"),
	TRANSPORTATION("transportation", "Transportation", EXPENSE, "#f97316", "car-front"),
	GROCERIES("groceries", "Groceries", EXPENSE, "#84cc16", "cart"),
	UTILITIES("utilities", "Utilities", EXPENSE, "#06b6d4", "lightning-charge"),
	ENTERTAINMENT("entertainment", "Entertainment", EXPENSE, "#8b5cf6", "film"),
	FOOD("food", "Food", EXPENSE, "#f43f5e", "cup-hot"), SHOPPING("shopping", "Shopping", EXPENSE, "#ec4899", "bag"),
	HEALTHCARE("healthcare", "Healthcare", EXPENSE, "#14b8a6", "heart-pulse"),
	EDUCATION("education", "Education", EXPENSE, "#6366f1", "mortarboard"),
	PERSONAL("personal", "Personal Care", EXPENSE, "#d946ef", "emoji-smile"),
	TRAVEL("travel", "Travel", EXPENSE, "#0ea5e9", "airplane"),
	INSURANCE("insurance", "Insurance", EXPENSE, "#64748b", "shield-check"),
	GIFTS("gifts", "Gifts & Donations", EXPENSE, "#f472b6", "gift"),
	BILLS("bills", "Bills & Fees", EXPENSE, "#fb7185", "receipt"),
	OTHER_EXPENSE("other-expense", "Other Expenses", EXPENSE, "#94a3b8", "three-dots");

	final String key;

	final String label;

	final CategoryType type;

	final String colour;

	final String icon;

	DefaultCategory(String key, String label, CategoryType type, String colour, String icon) {
		this.key = key;
		this.label = label;
		this.type = type;
		this.colour = colour;
		this.icon = icon;
	}

}
