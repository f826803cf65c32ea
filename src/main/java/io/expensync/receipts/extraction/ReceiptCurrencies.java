package io.expensync.receipts.extraction;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the currency a receipt is in from the symbols and codes printed on it
 * ({@code RM}, {@code €}, {@code £}, {@code US$}, {@code EUR}…). The most frequent one
 * wins; a bare {@code $} is taken for US dollars with less confidence.
 */
final class ReceiptCurrencies {

	private static final Map<Pattern, String> MARKS = new LinkedHashMap<>();

	static {
		MARKS.put(Pattern.compile("\\bRM\\s?(?=\\d)|\\(RM\\)|\\bRM\\b|\\bMYR\\b"), "MYR");
		MARKS.put(Pattern.compile("€|\\bEUR\\b"), "EUR");
		MARKS.put(Pattern.compile("£|\\bGBP\\b"), "GBP");
		MARKS.put(Pattern.compile("\\bUS\\$|\\bUSD\\b"), "USD");
		MARKS.put(Pattern.compile("\\bS\\$|\\bSGD\\b"), "SGD");
		MARKS.put(Pattern.compile("\\bA\\$|\\bAUD\\b"), "AUD");
		MARKS.put(Pattern.compile("\\bC\\$|\\bCAD\\b"), "CAD");
		MARKS.put(Pattern.compile("\\bCHF\\b"), "CHF");
		MARKS.put(Pattern.compile("¥|\\bJPY\\b"), "JPY");
		MARKS.put(Pattern.compile("₹|\\bINR\\b|\\bRS\\.?\\s?(?=\\d)"), "INR");
		MARKS.put(Pattern.compile("\\bIDR\\b|\\bRP\\.?\\s?(?=\\d)"), "IDR");
	}

	private static final Pattern DOLLAR = Pattern.compile("(?<![A-Z])\\$\\s?\\d");

	private ReceiptCurrencies() {
	}

	static @Nullable ExtractedField<Currency> find(String upperCaseText) {
		String best = null;
		int bestCount = 0;
		int all = 0;
		for (Map.Entry<Pattern, String> mark : MARKS.entrySet()) {
			int count = count(mark.getKey().matcher(upperCaseText));
			all += count;
			if (count > bestCount) {
				best = mark.getValue();
				bestCount = count;
			}
		}
		if (best != null) {
			double confidence = 0.6 + 0.3 * bestCount / all + Math.min(0.05 * bestCount, 0.1);
			return ExtractedField.of(Currency.getInstance(best), confidence);
		}
		int dollars = count(DOLLAR.matcher(upperCaseText));
		return (dollars > 0) ? ExtractedField.of(Currency.getInstance("USD"), 0.5) : null;
	}

	private static int count(Matcher matcher) {
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
