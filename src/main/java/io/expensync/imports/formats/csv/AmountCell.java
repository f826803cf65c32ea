package io.expensync.imports.formats.csv;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An amount cell taken apart: its digits and marks, its sign ({@code -12.50},
 * {@code 12.50-}, {@code (12.50)}, {@code 12.50 DR}, {@code + 1,100.00}) and the currency
 * a sign or code names ({@code £}, {@code EUR 12,50}, {@code 12,50 €}).
 *
 * @param core the digits with their grouping and decimal marks
 * @param negative whether the cell says money out
 * @param signed whether the cell has a sign at all
 * @param currency the ISO code, the sign itself when it names several currencies
 * ({@code $}, {@code kr}), or null
 */
record AmountCell(String core, boolean negative, boolean signed, @Nullable String currency) {

	private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	/** Currency signs, with the code when the sign names one currency only. */
	private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("£", "GBP"), Map.entry("€", "EUR"),
			Map.entry("₹", "INR"), Map.entry("₽", "RUB"), Map.entry("₺", "TRY"), Map.entry("₩", "KRW"),
			Map.entry("₪", "ILS"), Map.entry("฿", "THB"), Map.entry("₫", "VND"), Map.entry("zł", "PLN"),
			Map.entry("kč", "CZK"), Map.entry("ft", "HUF"), Map.entry("us$", "USD"), Map.entry("c$", "CAD"),
			Map.entry("ca$", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("nz$", "NZD"),
			Map.entry("s$", "SGD"), Map.entry("hk$", "HKD"), Map.entry("r$", "BRL"), Map.entry("$", "$"),
			Map.entry("¥", "¥"), Map.entry("kr", "kr"), Map.entry("fr.", "CHF"));

	private static final Pattern PREFIX = Pattern.compile(
			"(?i)^(us\\$|ca?\\$|au?\\$|nz\\$|s\\$|hk\\$|r\\$|[£€$¥₹₽₺₩₪฿₫]|zł|kč|ft|kr|fr\\.|[A-Z]{3}(?=[\\s\\d+\\-(]))");

	private static final Pattern SUFFIX = Pattern
		.compile("(?i)((?<=[\\s\\d])(zł|kč|ft|kr|fr\\.|[A-Z]{3})|[£€$¥₹₽₺₩₪฿₫])$");

	private static final Pattern CORE = Pattern.compile("\\d[\\d.,' ’]*\\d|\\d");

	/** The cell without sign and currency, or null when what is left is no number. */
	static @Nullable AmountCell of(String cell) {
		String text = cell.strip();
		if (isPlain(text)) {
			boolean signed = text.charAt(0) == '-' || text.charAt(0) == '+';
			return new AmountCell(signed ? text.substring(1) : text, text.charAt(0) == '-', signed, null);
		}
		return withSignsAndCurrency(text.replace('\u00a0', ' ').replace('\u202f', ' ').strip());
	}

	/**
	 * An optional minus or plus, digits, dots and commas: most cells, read without
	 * patterns.
	 */
	private static boolean isPlain(String text) {
		int start = (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) ? 1 : 0;
		if (text.length() <= start || !Character.isDigit(text.charAt(start))
				|| !Character.isDigit(text.charAt(text.length() - 1))) {
			return false;
		}
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '.' && c != ',' && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable AmountCell withSignsAndCurrency(String cell) {
		String text = cell;
		boolean negative = false;
		boolean signed = false;
		String currency = null;
		String before;
		do {
			before = text;
			if (text.length() > 2 && text.startsWith("(") && text.endsWith(")")) {
				negative = true;
				signed = true;
				text = text.substring(1, text.length() - 1).strip();
			}
			if (!text.isEmpty() && "-−–+".indexOf(text.charAt(0)) >= 0) {
				negative |= text.charAt(0) != '+';
				signed = true;
				text = text.substring(1).strip();
			}
			if (text.length() > 1 && "-−+".indexOf(text.charAt(text.length() - 1)) >= 0) {
				negative |= text.charAt(text.length() - 1) != '+';
				signed = true;
				text = text.substring(0, text.length() - 1).strip();
			}
			String upper = text.toUpperCase(Locale.ROOT);
			if (upper.endsWith("CR") || upper.endsWith("DR")) {
				String rest = text.substring(0, text.length() - 2);
				if (!rest.isEmpty() && (Character.isDigit(rest.charAt(rest.length() - 1)) || rest.endsWith(" "))) {
					negative |= upper.endsWith("DR");
					signed = true;
					text = rest.strip();
				}
			}
			Matcher prefix = PREFIX.matcher(text);
			if (prefix.find() && isCurrency(prefix.group(1))) {
				currency = code(prefix.group(1));
				text = text.substring(prefix.end()).strip();
			}
			Matcher suffix = SUFFIX.matcher(text);
			if (suffix.find() && isCurrency(suffix.group(1))) {
				currency = code(suffix.group(1));
				text = text.substring(0, suffix.start()).strip();
			}
		}
		while (!text.equals(before));
		return CORE.matcher(text).matches() ? new AmountCell(text, negative, signed, currency) : null;
	}

	private static boolean isCurrency(String token) {
		return SIGNS.containsKey(token.toLowerCase(Locale.ROOT)) || ISO_CODES.contains(token);
	}

	private static String code(String token) {
		String sign = SIGNS.get(token.toLowerCase(Locale.ROOT));
		return (sign != null) ? sign : token;
	}

	static boolean isCurrencyCode(String text) {
		return ISO_CODES.contains(text);
	}

}
