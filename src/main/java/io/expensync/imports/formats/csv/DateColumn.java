package io.expensync.imports.formats.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the pattern of a column of dates from all its values: which shapes they have, and
 * for {@code 03/04/2018} whether the day or the month comes first. A value with a first
 * number above 12 settles day-first, one with a second number above 12 month-first; when
 * none does, the order that keeps the rows sorted wins, then dots (never month-first),
 * then the file's currency.
 */
final class DateColumn {

	/** The share of a column's filled cells that must be dates. */
	static final double SHARE = 0.8;

	private static final Pattern NUMERIC = Pattern
		.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + DatePattern.TIME);

	private static final Pattern YEAR_FIRST = Pattern
		.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(\\.?)" + DatePattern.TIME);

	private static final Pattern NAMED = Pattern
		.compile("(\\d{1,2})([ -])\\p{L}{3,}\\.?\\2(\\d{4}|\\d{2})" + DatePattern.TIME);

	private static final Pattern NAMED_US = Pattern.compile("\\p{L}{3,}\\.? \\d{1,2}, \\d{4}" + DatePattern.TIME);

	private static final Pattern COMPACT = Pattern.compile("\\d{8}");

	private DateColumn() {
	}

	/**
	 * @param values the column's filled cells, in row order
	 * @param monthFirstLikely whether the file hints at the US order (dollar amounts)
	 * @return the pattern most of the values have, or null when they are no dates
	 */
	static @Nullable DatePattern detect(List<String> values, boolean monthFirstLikely) {
		if (values.isEmpty()) {
			return null;
		}
		DatePattern best = null;
		int bestCount = 0;
		int bestDisorder = Integer.MAX_VALUE;
		for (String candidate : candidates(values)) {
			DatePattern pattern = DatePattern.of(candidate);
			List<LocalDate> dates = new ArrayList<>();
			for (String value : values) {
				LocalDate date = pattern.parse(value);
				if (date != null) {
					dates.add(date);
				}
			}
			int disorder = disorder(dates);
			boolean better = dates.size() > bestCount || (dates.size() == bestCount && disorder < bestDisorder)
					|| (dates.size() == bestCount && disorder == bestDisorder && best != null
							&& prefer(pattern, best, monthFirstLikely));
			if (better) {
				best = pattern;
				bestCount = dates.size();
				bestDisorder = disorder;
			}
		}
		return (best != null && bestCount >= SHARE * values.size()) ? best : null;
	}

	/** Whether any single pattern reads the text as a date. */
	static boolean isDate(String text) {
		String value = text.strip();
		for (String candidate : candidates(List.of(value))) {
			if (DatePattern.of(candidate).parse(value) != null) {
				return true;
			}
		}
		return false;
	}

	private static boolean prefer(DatePattern pattern, DatePattern other, boolean monthFirstLikely) {
		boolean dots = pattern.pattern().contains(".");
		boolean wantDayFirst = dots || !monthFirstLikely;
		return pattern.dayFirst() == wantDayFirst && other.dayFirst() != wantDayFirst;
	}

	/** How many neighbouring rows are out of order, read either way round. */
	private static int disorder(List<LocalDate> dates) {
		int rising = 0;
		int falling = 0;
		for (int i = 1; i < dates.size(); i++) {
			int compare = dates.get(i).compareTo(dates.get(i - 1));
			rising += (compare < 0) ? 1 : 0;
			falling += (compare > 0) ? 1 : 0;
		}
		return Math.min(rising, falling);
	}

	private static Set<String> candidates(List<String> values) {
		Set<String> candidates = new LinkedHashSet<>();
		for (String value : values) {
			Matcher numeric = NUMERIC.matcher(value);
			Matcher yearFirst = YEAR_FIRST.matcher(value);
			Matcher named = NAMED.matcher(value);
			if (numeric.matches()) {
				String separator = numeric.group(2);
				String year = (numeric.group(4).length() == 2) ? "yy" : "yyyy";
				String padded = (numeric.group(1).length() == 2 && numeric.group(3).length() == 2) ? "dd" : "d";
				String month = padded.equals("dd") ? "MM" : "M";
				candidates.add(padded + separator + month + separator + year);
				candidates.add(month + separator + padded + separator + year);
			}
			else if (yearFirst.matches()) {
				String separator = yearFirst.group(2);
				candidates.add("yyyy" + separator + "MM" + separator + "dd" + yearFirst.group(5));
			}
			else if (named.matches()) {
				String year = (named.group(3).length() == 2) ? "yy" : "yyyy";
				candidates.add("dd" + named.group(2) + "MMM" + named.group(2) + year);
			}
			else if (NAMED_US.matcher(value).matches()) {
				candidates.add("MMM d, yyyy");
			}
			else if (COMPACT.matcher(value).matches()) {
				candidates.add("yyyyMMdd");
			}
			if (candidates.size() > 8) {
				break;
			}
		}
		return candidates;
	}

}
