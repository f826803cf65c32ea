package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.expensync.receipts.KeywordCategories;

/**
 * Reads the fields of a receipt from its text (OCR output, or text from any other
 * reader): merchant, date, total, currency, tax, line items and a suggested category,
 * each with a confidence. Pure: no OCR, no I/O.
 */
public class ReceiptExtractor {

	private final KeywordCategories categories;

	private final Clock clock;

	public ReceiptExtractor(KeywordCategories categories, Clock clock) {
		this.categories = categories;
		this.clock = clock;
	}

	public ReceiptFields extract(String text) {
		List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		var merchant = ReceiptMerchants.find(lines);
		var total = ReceiptTotals.find(lines);
		BigDecimal totalAmount = (total != null) ? total.value() : null;
		List<LineItem> items = ReceiptItems.find(lines);
		return new ReceiptFields(merchant, new ReceiptDates(LocalDate.now(clock)).find(lines), total,
				ReceiptTaxes.find(lines, totalAmount), ReceiptCurrencies.find(text.toUpperCase(Locale.ROOT)), items,
				categories.suggest((merchant != null) ? merchant.value() : null, items).orElse(null));
	}

}
