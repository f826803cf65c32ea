package io.expensync.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.expensync.receipts.ScannedFields.Part;
import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.receipts.extraction.LineItem;
import io.expensync.receipts.extraction.ReceiptFields;

import org.junit.jupiter.api.Test;

/**
 * A receipt's lines propose a split: one part per category their words suggest, the rest
 * (tax, rounding, unknown lines) under the receipt's category, summing exactly to the
 * total; nothing when they do not tell categories apart or are far from the total.
 */
class ReceiptPartsTests {

	private final ReceiptParts parts = new ReceiptParts(new KeywordCategories());

	private static ReceiptFields receipt(String total, LineItem... items) {
		return new ReceiptFields(null, null, ExtractedField.of(new BigDecimal(total), 0.9), null, null, List.of(items),
				null);
	}

	private static LineItem line(String description, String amount) {
		return new LineItem(description, new BigDecimal(amount));
	}

	@Test
	void linesOfTwoKindsMakeTwoPartsThatSumToTheTotal() {
		List<Part> proposed = parts.propose(receipt("21.30", line("FRESH MILK 1L", "6.50"), line("WHITE BREAD", "3.20"),
				line("SHAMPOO 400ML", "9.90"), line("BAG", "0.20")), "groceries");

		assertThat(proposed).containsExactly(new Part("groceries", "11.40", "FRESH MILK 1L, WHITE BREAD, BAG"),
				new Part("personal", "9.90", "SHAMPOO 400ML"));
		assertThat(
				proposed.stream().map((part) -> new BigDecimal(part.amount())).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("21.30");
	}

	@Test
	void aDiscountLineCountsAgainstItsCategory() {
		List<Part> proposed = parts.propose(
				receipt("14.40", line("PANADOL 12S", "8.90"), line("TOOTHPASTE", "6.50"), line("DISCOUNT", "-1.00")),
				"healthcare");

		assertThat(proposed).containsExactly(new Part("healthcare", "7.90", "PANADOL 12S, DISCOUNT"),
				new Part("personal", "6.50", "TOOTHPASTE"));
	}

	@Test
	void noProposalWhenTheLinesSayNothingNewOrDoNotAddUp() {
		assertThat(parts.propose(receipt("9.70", line("FRESH MILK", "6.50"), line("BREAD", "3.20")), "groceries"))
			.as("one category")
			.isEmpty();
		assertThat(parts.propose(receipt("80.00", line("FRESH MILK", "6.50"), line("SHAMPOO", "9.90")), "groceries"))
			.as("lines far from the total")
			.isEmpty();
		assertThat(parts.propose(receipt("16.40", line("FRESH MILK", "6.50"), line("SHAMPOO", "9.90")), null))
			.as("no category for the rest")
			.isEmpty();
		assertThat(parts.propose(receipt("16.40", line("FRESH MILK", "6.50"), line("SHAMPOO", "19.90")), "groceries"))
			.as("a part would come to less than nothing")
			.isEmpty();
	}

}
