package io.expensync.receipts.ai;

import java.util.List;

import io.expensync.categories.CategoryType;

/**
 * What a vision model is asked about a receipt image: the seed app's request (total,
 * date, merchant and a category from a fixed list, or nothing when the image is no
 * receipt), plus the currency, the tax and the purchased lines, all as one JSON object.
 */
final class ReceiptPrompt {

	/**
	 * The keys of the default expense categories, the only answers accepted for the
	 * category.
	 */
	static final List<String> CATEGORIES = CategoryType.EXPENSE.defaultKeys();

	private static final String TEXT = """
			Read the attached image of a receipt, invoice or bill.
			If it is not one, answer with an empty JSON object: {}
			Otherwise answer with one JSON object and nothing else, with exactly these keys:
			{
			  "receipt": true,
			  "merchant": the name of the shop or company that issued it, as printed,
			  "date": the date of purchase as "yyyy-MM-dd",
			  "total": the total amount paid, as a decimal string such as "12.50",
			  "tax": the tax included in the total, as a decimal string,
			  "currency": the ISO 4217 code of the currency, such as "EUR", "USD" or "MYR",
			  "category": the one category that fits best, one of: %s,
			  "items": the purchased lines, each {"description": what was bought, "amount": the line's amount as a decimal string}
			}
			Write amounts with a dot as the decimal separator and no currency sign or thousands separator.
			Use null for any value that the image does not show clearly; do not guess.
			"""
		.formatted(String.join(", ", CATEGORIES));

	private ReceiptPrompt() {
	}

	static String text() {
		return TEXT;
	}

}
