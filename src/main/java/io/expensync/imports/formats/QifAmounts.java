package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one QIF file writes its amounts, decided once from all of them, and the reading of
 * each amount that way.
 * <p>
 * Quicken writes a decimal point ({@code -1,500.00}). Programs in other locales write a
 * decimal comma ({@code -1.500,00}); a file is read that way only when it clearly does:
 * some amount ends in a comma and one or two digits and none ends in a point and one or
 * two digits. Thousands may be grouped with the other mark, a space or an apostrophe, in
 * groups of three, so that {@code 12,50} in a decimal-point file is refused rather than
 * read as 1250.
 */
final class QifAmounts {

	private static final Pattern POINT_DECIMALS = Pattern.compile(".*\\.\\d{1,2}");

	private static final Pattern COMMA_DECIMALS = Pattern.compile(".*,\\d{1,2}");

	private static final Pattern WITH_POINT = Pattern
		.compile("([+-]?)(\\d{1,3}(?:[,' \\u00A0]\\d{3})+|\\d+)?(?:\\.(\\d+))?");

	private static final Pattern WITH_COMMA = Pattern
		.compile("([+-]?)(\\d{1,3}(?:[.' \\u00A0]\\d{3})+|\\d+)?(?:,(\\d+))?");

	private final boolean decimalComma;

	private QifAmounts(boolean decimalComma) {
		this.decimalComma = decimalComma;
	}

	/**
	 * @param amounts every amount line of the file's records ({@code T}, {@code U},
	 * {@code $})
	 */
	static QifAmounts decide(List<QifRecord.Field> amounts) {
		boolean point = false;
		boolean comma = false;
		for (QifRecord.Field amount : amounts) {
			point |= POINT_DECIMALS.matcher(amount.value()).matches();
			comma |= COMMA_DECIMALS.matcher(amount.value()).matches();
		}
		return new QifAmounts(comma && !point);
	}

	/** Whether this file's amounts are read with a decimal comma. */
	boolean decimalComma() {
		return this.decimalComma;
	}

	BigDecimal read(QifRecord.Field amount) {
		Matcher parts = (this.decimalComma ? WITH_COMMA : WITH_POINT).matcher(amount.value());
		if (!parts.matches() || (parts.group(2) == null && parts.group(3) == null)) {
			throw new BadFileException(amount.line(), "cannot read the amount \"" + amount.value()
					+ "\"; this file's amounts look like " + (this.decimalComma ? "-1.234,56" : "-1,234.56"));
		}
		String whole = (parts.group(2) != null) ? parts.group(2).replaceAll("\\D", "") : "0";
		String decimals = (parts.group(3) != null) ? "." + parts.group(3) : "";
		return new BigDecimal(parts.group(1) + whole + decimals);
	}

}
