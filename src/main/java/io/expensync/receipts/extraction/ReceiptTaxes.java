package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the tax on a receipt: the last amount on a tax line ({@code GST}, {@code SST},
 * {@code VAT}, {@code MWST}…) that is not a registration number or a summary header, and
 * less than the total; a tax line that also says {@code TOTAL} wins.
 */
final class ReceiptTaxes {

	/** A line about tax. */
	static final Pattern TAX = Pattern.compile(
			"G\\.?S\\.?T\\b|\\bG\\s?\\.?\\s?S\\s?\\.?\\s?T\\b|TAX\\b|\\bVAT\\b|\\bSST\\b|MWST\\b|\\bTVA\\b|\\bIVA\\b");

	/** A tax line that holds no tax amount: a number, a heading or a summary. */
	static final Pattern NOT_TAX = Pattern.compile(
			"INVOICE|\\bREG|\\bID\\b|\\bNO\\b|\\bNO\\.|NUMBER|IN\\s?C\\W?[LI]?USIVE|INCL\\b|INCL\\.|EXCL|SUMMARY|CODE|\\bSALES\\b|\\b#");

	private ReceiptTaxes() {
	}

	/** Whether the upper-case line states a tax amount. */
	static boolean isTaxLine(String upperCaseLine) {
		return TAX.matcher(upperCaseLine).find() && !NOT_TAX.matcher(upperCaseLine).find();
	}

	/**
	 * The tax amount: on a tax line that is not a registration number or a summary
	 * header.
	 */
	static @Nullable ExtractedField<BigDecimal> find(List<String> lines, @Nullable BigDecimal total) {
		ExtractedField<BigDecimal> found = null;
		for (String original : lines) {
			String line = original.toUpperCase(Locale.ROOT);
			if (!isTaxLine(line)) {
				continue;
			}
			List<BigDecimal> amounts = PrintedAmounts.in(line);
			if (amounts.isEmpty()) {
				continue;
			}
			BigDecimal tax = amounts.get(amounts.size() - 1);
			if (tax.signum() < 0 || (total != null && tax.compareTo(total) >= 0)) {
				continue;
			}
			boolean totalled = line.contains("TOTAL");
			if (found == null || totalled) {
				found = ExtractedField.of(tax, totalled ? 0.8 : 0.6);
			}
			if (totalled) {
				break;
			}
		}
		return found;
	}

}
