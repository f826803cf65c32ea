package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the purchased lines above the first (sub)total: a line that ends in an amount is
 * an item, described by its words, or by the words-only line right below it when the
 * amount line is just codes and numbers (a common two-line layout). A best effort: the
 * user sees and corrects them.
 */
final class ReceiptItems {

	private static final int MOST = 60;

	private static final Pattern HEADER = Pattern
		.compile("\\bQTY\\b|\\bDESCRIPTION\\b|\\bITEM\\b|\\bPRICE\\b|\\bAMOUNT\\b");

	private static final Pattern END = Pattern.compile("SUB\\s*-?\\s*TOTAL|\\bT[O0A]T[A4O]L\\b|\\bTOTAL");

	private static final Pattern NOT_ITEM = Pattern
		.compile("\\bDATE\\b|\\bTIME\\b|CASHIER|\\bTEL\\b|INVOICE|\\bGST\\s*(NO|ID|REG)");

	private ReceiptItems() {
	}

	static List<LineItem> find(List<String> lines) {
		int start = 0;
		int end = lines.size();
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).toUpperCase(Locale.ROOT);
			if (END.matcher(line).find()) {
				end = index;
				break;
			}
			if (HEADER.matcher(line).find()) {
				start = index + 1;
			}
		}
		List<LineItem> items = new ArrayList<>();
		for (int index = start; index < end && items.size() < MOST; index++) {
			String line = lines.get(index);
			List<BigDecimal> amounts = PrintedAmounts.in(line);
			if (amounts.isEmpty() || NOT_ITEM.matcher(line.toUpperCase(Locale.ROOT)).find()) {
				continue;
			}
			BigDecimal amount = amounts.get(amounts.size() - 1);
			String words = words(line);
			if (words.length() < 4 && index + 1 < end && PrintedAmounts.in(lines.get(index + 1)).isEmpty()) {
				words = words(lines.get(index + 1));
				index++;
			}
			if (words.length() >= 4 && amount.signum() > 0) {
				items.add(new LineItem(words, amount));
			}
		}
		return items;
	}

	/** The words of a line of at least two letters, without numbers and codes. */
	private static String words(String line) {
		StringBuilder words = new StringBuilder();
		for (String token : line.split("\\s+")) {
			long letters = token.chars().filter(Character::isLetter).count();
			if (letters >= 2 && letters * 2 > token.length()) {
				words.append(words.isEmpty() ? "" : " ").append(token);
			}
		}
		return words.toString();
	}

}
