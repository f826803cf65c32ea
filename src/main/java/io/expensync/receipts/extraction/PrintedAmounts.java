package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the amounts printed in a line of a receipt. Amounts have two decimals after a
 * point or a comma ({@code 12.50}, {@code 12,50}, {@code 1,007.50}, {@code 1.007,50}),
 * may be negative, and are below a million. Puts right what OCR gets wrong in them:
 * letters it reads for the first digits right after a currency are taken as those digits,
 * and an amount printed once gives way to one a digit away that is printed more often.
 */
final class PrintedAmounts {

	private static final Pattern AMOUNT = Pattern
		.compile("(?<![\\d.,])(-\\s?)?(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s?[.,]\\s?(\\d{2})(?![\\d]|[.,]\\d)");

	private static final BigDecimal LARGEST = new BigDecimal("1000000");

	/**
	 * Letters OCR reads for the first digits of an amount right after its currency
	 * ({@code RMG6.10} for {@code RM66.10}, {@code RMO.00}).
	 */
	private static final Pattern LOOKALIKES_AFTER_CURRENCY = Pattern.compile(
			"(?<=(?:^|[^A-Z])(?:RM|\\$)\\s?)[OQDGSBIL|]+(?=\\d*\\s?[.,]\\s?\\d{2}(?!\\d))", Pattern.CASE_INSENSITIVE);

	private PrintedAmounts() {
	}

	/** The amounts written in a line, left to right. */
	static List<BigDecimal> in(String line) {
		List<BigDecimal> amounts = new ArrayList<>();
		String digits = LOOKALIKES_AFTER_CURRENCY.matcher(line).replaceAll((letters) -> digitsFor(letters.group()));
		for (Matcher m = AMOUNT.matcher(digits); m.find();) {
			String whole = m.group(2).replaceAll("[.,]", "");
			BigDecimal amount = new BigDecimal(whole + "." + m.group(3));
			if (m.group(1) != null) {
				amount = amount.negate();
			}
			if (amount.abs().compareTo(LARGEST) < 0) {
				amounts.add(amount);
			}
		}
		return amounts;
	}

	/**
	 * The amount a total printed once was most likely misread from: one digit away from
	 * it and printed on at least twice as many lines (the total paid, its subtotal, the
	 * amount given). OCR slips one digit at a time ("20.15" for "25.15") and seldom slips
	 * the same way twice, so an amount read alike in two places is the surer reading.
	 * {@code
	 * null} when there is none, or more than one.
	 */
	static @Nullable BigDecimal readTwiceInstead(BigDecimal total, Map<BigDecimal, Integer> linesWith) {
		int times = linesWith.getOrDefault(total, 0);
		List<BigDecimal> likelier = linesWith.entrySet()
			.stream()
			.filter((printed) -> printed.getValue() >= Math.max(2, 2 * times) && oneDigitApart(printed.getKey(), total))
			.map(Map.Entry::getKey)
			.toList();
		return (likelier.size() == 1) ? likelier.get(0) : null;
	}

	/** Whether two amounts are written with as many digits and differ in exactly one. */
	static boolean oneDigitApart(BigDecimal one, BigDecimal other) {
		String a = one.abs().toPlainString();
		String b = other.abs().toPlainString();
		if (a.length() != b.length() || one.signum() != other.signum()) {
			return false;
		}
		int differences = 0;
		for (int i = 0; i < a.length(); i++) {
			differences += (a.charAt(i) != b.charAt(i)) ? 1 : 0;
		}
		return differences == 1;
	}

	/** The digits that OCR's lookalike letters stand for. */
	private static String digitsFor(String letters) {
		StringBuilder fixed = new StringBuilder();
		for (char letter : letters.toUpperCase(Locale.ROOT).toCharArray()) {
			fixed.append(switch (letter) {
				case 'G' -> '6';
				case 'S' -> '5';
				case 'B' -> '8';
				case 'I', 'L', '|' -> '1';
				default -> '0';
			});
		}
		return fixed.toString();
	}

}
