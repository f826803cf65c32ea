package io.expensync.imports.formats.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date pattern in the letters people know from spreadsheets ({@code dd.MM.yyyy},
 * {@code M/d/yy}, {@code yyyy.MM.dd.}, {@code dd-MMM-yyyy}), read leniently: one or two
 * digits for a day or month, month names in English, German, Dutch, French, Spanish or
 * Italian, and a time after a space or a {@code T} (with AM/PM, an offset) ignored. The
 * date is taken as written; a time's offset does not move it to another day.
 */
final class DatePattern {

	/** The first letters of month names, without accents. */
	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("ene", 1),
			Map.entry("gen", 1), Map.entry("feb", 2), Map.entry("fev", 2), Map.entry("mar", 3), Map.entry("mrz", 3),
			Map.entry("mrt", 3), Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("abr", 4), Map.entry("may", 5),
			Map.entry("mai", 5), Map.entry("mei", 5), Map.entry("mag", 5), Map.entry("jun", 6), Map.entry("juin", 6),
			Map.entry("giu", 6), Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("lug", 7), Map.entry("aug", 8),
			Map.entry("aou", 8), Map.entry("ago", 8), Map.entry("sep", 9), Map.entry("set", 9), Map.entry("oct", 10),
			Map.entry("okt", 10), Map.entry("ott", 10), Map.entry("nov", 11), Map.entry("dec", 12),
			Map.entry("dez", 12), Map.entry("dic", 12));

	/**
	 * What may follow a date in its cell: a time, perhaps with AM/PM, an offset or a
	 * zone.
	 */
	static final String TIME = "(?:(?:T|\\s+)[\\d:.,+\\-\\sZ]*(?:[AaPp][Mm])?\\s*(?:[A-Z]{3,4})?)?";

	private static final Map<String, DatePattern> DETECTABLE = new ConcurrentHashMap<>();

	private final String pattern;

	private final Pattern regex;

	private final String order;

	private final boolean monthNames;

	private final boolean shortYear;

	/**
	 * @param pattern letters {@code y} (2 or 4), {@code M} (1, 2, or 3 and more for a
	 * name) and {@code d} (1 or 2), each once, with anything else as literal text
	 * @throws IllegalArgumentException when the pattern lacks a year, month or day
	 */
	DatePattern(String pattern) {
		StringBuilder regex = new StringBuilder("\\s*");
		StringBuilder order = new StringBuilder();
		boolean names = false;
		boolean shortYear = false;
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			int end = i;
			while (end < pattern.length() && pattern.charAt(end) == c) {
				end++;
			}
			int length = end - i;
			boolean numericNeighbour = isNumericField(pattern, i - 1) || isNumericField(pattern, end);
			if (c == 'y' && (length == 2 || length == 4)) {
				regex.append("(\\d{").append(length).append("})");
				shortYear = length == 2;
			}
			else if (c == 'M' && length >= 3) {
				regex.append("(\\p{L}{3,}\\.?)");
				names = true;
			}
			else if ((c == 'M' || c == 'd') && length <= 2) {
				regex.append(numericNeighbour ? "(\\d{2})" : "(\\d{1,2})");
			}
			else if (c == 'y' || c == 'M' || c == 'd') {
				throw new IllegalArgumentException("the date pattern " + pattern + " has a field of the wrong length");
			}
			else {
				regex.append(Character.isWhitespace(c) ? "\\s+" : Pattern.quote(pattern.substring(i, end)));
			}
			if (c == 'y' || c == 'M' || c == 'd') {
				order.append(c);
			}
			i = end;
		}
		String fields = order.toString();
		if (fields.length() != 3 || fields.indexOf('y') < 0 || fields.indexOf('M') < 0 || fields.indexOf('d') < 0) {
			throw new IllegalArgumentException(
					"the date pattern " + pattern + " needs a year (yy or yyyy), a month (M) and a day (d), once each");
		}
		// a time and its offset after the date are not part of it
		regex.append(TIME);
		this.pattern = pattern;
		this.regex = Pattern.compile(regex.toString());
		this.order = fields;
		this.monthNames = names;
		this.shortYear = shortYear;
	}

	/**
	 * The pattern, compiled once: detection tries the same few patterns on every cell.
	 */
	static DatePattern of(String pattern) {
		return DETECTABLE.computeIfAbsent(pattern, DatePattern::new);
	}

	private static boolean isNumericField(String pattern, int index) {
		if (index < 0 || index >= pattern.length()) {
			return false;
		}
		char c = pattern.charAt(index);
		if (c != 'M') {
			return c == 'y' || c == 'd';
		}
		int start = index;
		int end = index;
		while (start > 0 && pattern.charAt(start - 1) == 'M') {
			start--;
		}
		while (end < pattern.length() && pattern.charAt(end) == 'M') {
			end++;
		}
		return end - start <= 2;
	}

	String pattern() {
		return this.pattern;
	}

	boolean dayFirst() {
		return this.order.indexOf('d') < this.order.indexOf('M');
	}

	/** The date the text holds in this pattern, or null when it holds none. */
	@Nullable LocalDate parse(String text) {
		Matcher matcher = this.regex.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		String year = matcher.group(this.order.indexOf('y') + 1);
		String month = matcher.group(this.order.indexOf('M') + 1);
		String day = matcher.group(this.order.indexOf('d') + 1);
		Integer monthNumber = this.monthNames ? monthNamed(month) : Integer.valueOf(month);
		if (monthNumber == null) {
			return null;
		}
		int yearNumber = Integer.parseInt(year);
		if (this.shortYear) {
			// the POSIX pivot: 69 is 2069, 70 is 1970
			yearNumber += (yearNumber < 70) ? 2000 : 1900;
		}
		if (yearNumber < 1950 || yearNumber > 2150) {
			return null;
		}
		try {
			return LocalDate.of(yearNumber, monthNumber, Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static @Nullable Integer monthNamed(String name) {
		String plain = HeaderHint.plain(name).replace(".", "");
		if (plain.length() >= 4 && MONTHS.containsKey(plain.substring(0, 4))) {
			return MONTHS.get(plain.substring(0, 4));
		}
		return (plain.length() >= 3) ? MONTHS.get(plain.substring(0, 3)) : null;
	}

	@Override
	public String toString() {
		return this.pattern;
	}

}
