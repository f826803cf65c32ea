package io.expensync.categories;

/** Whether a category classifies money coming in or going out. */
public enum CategoryType {

	INCOME, EXPENSE

}
