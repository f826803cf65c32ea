package io.expensync.receipts;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.ReceiptFields;
import org.jspecify.annotations.Nullable;

/**
 * What scanning a receipt found, as the form and the API show it: each field as text
 * (amounts as plain decimals, the date as {@code yyyy-MM-dd}, the currency as its ISO
 * code, the category as a category key) with its confidence from 0 to 1, or null when
 * nothing was found. {@code categoryLearnt} says whether the category came from the
 * user's own past transactions rather than from keywords. {@code parts} is a split by the
 * receipt's lines, when they fall under several categories (see {@link ReceiptParts});
 * empty otherwise.
 */
public record ScannedFields(@Nullable Field merchant, @Nullable Field date, @Nullable Field total, @Nullable Field tax,
		@Nullable Field currency, @Nullable Field category, boolean categoryLearnt, List<Item> items,
		@Nullable List<Part> parts) {

	/** One value and how sure the scan is of it. */
	public record Field(String value, double confidence) {
	}

	/** One purchased line. */
	public record Item(String description, String amount) {
	}

	/**
	 * One part of a split the receipt's lines propose: a category, its amount, and the
	 * lines it holds.
	 */
	public record Part(String category, String amount, @Nullable String description) {
	}

	/** Fields without a proposed split. */
	public ScannedFields(@Nullable Field merchant, @Nullable Field date, @Nullable Field total, @Nullable Field tax,
			@Nullable Field currency, @Nullable Field category, boolean categoryLearnt, List<Item> items) {
		this(merchant, date, total, tax, currency, category, categoryLearnt, items, List.of());
	}

	public ScannedFields {
		items = List.copyOf(items);
		// fields kept before splits were proposed have none
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

	static ScannedFields of(ReceiptFields fields, @Nullable ExtractedField<String> category, boolean learnt,
			List<Part> parts) {
		return new ScannedFields(field(fields.merchant(), String::valueOf), field(fields.date(), String::valueOf),
				field(fields.total(), BigDecimal::toPlainString), field(fields.tax(), BigDecimal::toPlainString),
				field(fields.currency(), currency -> currency.getCurrencyCode()), field(category, String::valueOf),
				learnt,
				fields.items()
					.stream()
					.map(item -> new Item(item.description(), item.amount().toPlainString()))
					.toList(),
				parts);
	}

	private static <T> @Nullable Field field(@Nullable ExtractedField<T> extracted, Function<T, String> text) {
		return (extracted == null) ? null : new Field(text.apply(extracted.value()), extracted.confidence());
	}

}
