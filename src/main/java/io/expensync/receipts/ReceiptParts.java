package io.expensync.receipts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.expensync.receipts.ScannedFields.Part;
import io.expensync.receipts.extraction.LineItem;
import io.expensync.receipts.extraction.ReceiptFields;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Proposes how to split a scanned receipt by its lines: each line under the category its
 * own words suggest ({@link KeywordCategories#forItem}), the others under the receipt's
 * category, one part per category. What the lines do not add up to (tax, rounding, a line
 * not read) goes to the receipt's category, so that the parts sum exactly to the total.
 * No proposal when the lines fall under one category, when there is no total or category
 * for the rest, or when the lines come to far less or more than the total (then they were
 * not read well enough to split by).
 */
@Component
class ReceiptParts {

	/** How far the lines may be from the total, as a share of it. */
	static final BigDecimal TOLERANCE = new BigDecimal("0.2");

	private static final int NAMED_LINES = 3;

	private final KeywordCategories keywords;

	ReceiptParts(KeywordCategories keywords) {
		this.keywords = keywords;
	}

	List<Part> propose(ReceiptFields fields, @Nullable String receiptCategory) {
		if (fields.total() == null || receiptCategory == null || fields.items().size() < 2) {
			return List.of();
		}
		BigDecimal total = fields.total().value();
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		Map<String, List<String>> lines = new LinkedHashMap<>();
		sums.put(receiptCategory, BigDecimal.ZERO);
		lines.put(receiptCategory, new ArrayList<>());
		BigDecimal read = BigDecimal.ZERO;
		for (LineItem item : fields.items()) {
			String category = keywords.forItem(item.description()).orElse(receiptCategory);
			sums.merge(category, item.amount(), BigDecimal::add);
			lines.computeIfAbsent(category, (key) -> new ArrayList<>()).add(item.description());
			read = read.add(item.amount());
		}
		BigDecimal rest = total.subtract(read);
		if (sums.size() < 2 || rest.abs().compareTo(total.multiply(TOLERANCE)) > 0) {
			return List.of();
		}
		sums.merge(receiptCategory, rest, BigDecimal::add);
		if (sums.values().stream().anyMatch((sum) -> sum.signum() <= 0)) {
			return List.of();
		}
		return sums.entrySet()
			.stream()
			.map((sum) -> new Part(sum.getKey(), sum.getValue().toPlainString(), described(lines.get(sum.getKey()))))
			.toList();
	}

	/** The first lines' words, and how many more: "MILK, BREAD +2". */
	private static @Nullable String described(List<String> lines) {
		if (lines.isEmpty()) {
			return null;
		}
		String named = String.join(", ", lines.subList(0, Math.min(NAMED_LINES, lines.size())));
		String text = (lines.size() > NAMED_LINES) ? named + " +" + (lines.size() - NAMED_LINES) : named;
		return (text.length() > 255) ? text.substring(0, 254) + "…" : text;
	}

}
