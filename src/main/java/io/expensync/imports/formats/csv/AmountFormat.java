package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
		return ISO_CODES.contains(text);
	}

	/** The amount the cell holds, or null when it holds something else. */
	@Nullable Parsed parse(String cell) {
		Stripped stripped = Stripped.of(cell);
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
			Stripped stripped = Stripped.of(cell);
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

	/** A cell without its sign and currency, or null when what is left is no number. */
	private record Stripped(String core, boolean negative, boolean signed, @Nullable String currency) {

		static @Nullable Stripped of(String cell) {
			String text = cell.strip();
			if (isPlain(text)) {
				boolean signed = text.charAt(0) == '-' || text.charAt(0) == '+';
				return new Stripped(signed ? text.substring(1) : text, text.charAt(0) == '-', signed, null);
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

		private static @Nullable Stripped withSignsAndCurrency(String cell) {
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
			return CORE.matcher(text).matches() ? new Stripped(text, negative, signed, currency) : null;
		}

		private static boolean isCurrency(String token) {
			return SIGNS.containsKey(token.toLowerCase(Locale.ROOT)) || ISO_CODES.contains(token);
		}

		private static String code(String token) {
			String sign = SIGNS.get(token.toLowerCase(Locale.ROOT));
			return (sign != null) ? sign : token;
		}

	}

}
