package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads amounts as banks write them: {@code 1.234,56}, {@code 1,234.56},
 * {@code 11'373.94}, {@code -12.50}, {@code 12.50-}, {@code (12.50)}, {@code 12.50 DR},
 * {@code + £1,100.00}, {@code EUR 12,50} or {@code $1,036.47}. Only the decimal separator
 * must be known; grouping marks must then group by threes.
 *
 * @param decimalSeparator {@code .} or {@code ,}
 */
record AmountFormat(char decimalSeparator) {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	static final AmountFormat DOT = new AmountFormat('.');

	static final AmountFormat COMMA = new AmountFormat(',');

	/**
	 * An amount read from a cell.
	 *
	 * @param value signed as the cell signs it
	 * @param signed whether the cell has a sign ({@code -}, {@code +}, parentheses,
	 * CR/DR)
	 * @param currency the ISO code a sign or code in the cell names, the sign itself when
	 * it names several currencies ({@code $}, {@code kr}), null for none
	 * @param fraction whether the cell has decimals
	 */
	record Parsed(BigDecimal value, boolean signed, @Nullable String currency, boolean fraction) {
	}

	static boolean isCurrencyCode(String text) {
		return AmountCell.isCurrencyCode(text);
	}

	/** The amount the cell holds, or null when it holds something else. */
	@Nullable Parsed parse(String cell) {
		AmountCell stripped = AmountCell.of(cell);
		if (stripped == null) {
			return null;
		}
		String core = stripped.core();
		int decimal = core.indexOf(this.decimalSeparator);
		if (decimal != core.lastIndexOf(this.decimalSeparator)) {
			return null;
		}
		String whole = (decimal < 0) ? core : core.substring(0, decimal);
		String fraction = (decimal < 0) ? "" : core.substring(decimal + 1);
		String digits = groupedDigits(whole);
		if (digits == null || (decimal >= 0 && !DIGITS.matcher(fraction).matches())) {
			return null;
		}
		BigDecimal value = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
		return new Parsed(stripped.negative() ? value.negate() : value, stripped.signed(), stripped.currency(),
				!fraction.isEmpty());
	}

	/**
	 * The digits of a whole part, or null when its grouping marks do not group by threes.
	 */
	private static @Nullable String groupedDigits(String whole) {
		StringBuilder digits = new StringBuilder(whole.length());
		char mark = 0;
		int group = 0;
		for (int i = 0; i < whole.length(); i++) {
			char c = whole.charAt(i);
			if (Character.isDigit(c)) {
				digits.append(c);
				group++;
				continue;
			}
			// the first group has one to three digits; India groups lakhs and crores by
			// twos
			boolean fits = (mark == 0) ? group >= 1 && group <= 3 : group == 2 || group == 3;
			if ((mark != 0 && c != mark) || !fits) {
				return null;
			}
			mark = c;
			group = 0;
		}
		return (mark == 0 || group == 3) ? digits.toString() : null;
	}

	/**
	 * The decimal separator most of the cells vote for: the last of two different marks,
	 * or a single mark with one or two digits after it. {@code 1.000} and
	 * {@code 123.456.789} do not vote: they may be thousands or account numbers.
	 * @param commaLikely whether a tie goes to the comma: files separated by semicolons
	 * are written where the comma is the decimal mark
	 */
	static AmountFormat detect(List<String> cells, boolean commaLikely) {
		int commas = 0;
		int dots = 0;
		for (String cell : cells) {
			AmountCell stripped = AmountCell.of(cell);
			char vote = (stripped != null) ? vote(stripped.core()) : 0;
			commas += (vote == ',') ? 1 : 0;
			dots += (vote == '.') ? 1 : 0;
		}
		return (commas > dots || (commas == dots && commaLikely)) ? COMMA : DOT;
	}

	private static char vote(String core) {
		int comma = core.lastIndexOf(',');
		int dot = core.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			return (comma > dot) ? ',' : '.';
		}
		int mark = Math.max(comma, dot);
		if (mark < 0 || core.indexOf(core.charAt(mark)) != mark) {
			return 0;
		}
		int after = core.length() - mark - 1;
		return (after == 1 || after == 2) ? core.charAt(mark) : 0;
	}

}
