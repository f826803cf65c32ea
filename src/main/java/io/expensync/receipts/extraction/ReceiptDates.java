package io.expensync.receipts.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the purchase date in receipt text. Numeric dates are read day first
 * ({@code 12/02/2018}, {@code 18/03/18}, {@code 11.02.18}), and month first only when day
 * first is impossible ({@code 12/25/2018}); year-first forms ({@code 2018-01-05},
 * {@code 20180304}, and day first just before the time: {@code 25032018 13:11}, or
 * anywhere when the receipt shows no other date) and month names ({@code 28 MAR 18},
 * {@code 02/JAN/2017}, {@code OCT 3, 2016}) are read as written. Only real dates from
 * 2000 to a year after {@code today} count.
 */
final class ReceiptDates {

	private static final String MONTH = "(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.?";

	private static final Pattern DAY_FIRST = Pattern
		.compile("(?<!\\d)(\\d{1,2})\\s?([/.\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4}|\\d{2})(?!\\d)");

	private static final Pattern YEAR_FIRST = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

	private static final Pattern COMPACT = Pattern.compile("(?<![\\d.,])(20\\d{2})(\\d{2})(\\d{2})(?![\\d.,])");

	/**
	 * A day-first date printed without separators just before the time
	 * ({@code 25032018 13:11:54}).
	 */
	private static final Pattern COMPACT_BEFORE_TIME = Pattern
		.compile("(?<![\\d.,])([0-3]\\d)([01]\\d)(20\\d{2})(?=\\s*[0-2]?\\d:[0-5]\\d)");

	/**
	 * A day-first date printed without separators anywhere else ({@code Dee:22122017},
	 * its label misread): read only when the receipt shows no other date.
	 */
	private static final Pattern COMPACT_DAY_FIRST = Pattern
		.compile("(?<![\\d.,])([0-3]\\d)([01]\\d)(20\\d{2})(?![\\d.,])");

	private static final Pattern DAY_MONTH_NAME = Pattern
		.compile("(?<!\\d)(\\d{1,2})[\\s/.\\-]*" + MONTH + "[\\s/.\\-,]*(\\d{4}|\\d{2})(?!\\d)");

	private static final Pattern MONTH_NAME_DAY = Pattern
		.compile("\\b" + MONTH + "\\s*(\\d{1,2})(?:ST|ND|RD|TH)?,?\\s*(\\d{4})(?!\\d)");

	/**
	 * A month-first date whose year OCR read with a stray digit after it, from the comma
	 * or the space before the time ({@code OCT 3, 20165 12:16}).
	 */
	private static final Pattern MONTH_NAME_DAY_LONG_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s*(\\d{1,2})(?:ST|ND|RD|TH)?,?\\s*((?:19|20)\\d{2})\\d(?!\\d)");

	/**
	 * A day and a month name with a stray letter between them, as OCR reads a letter
	 * twice ({@code 14MMAY/2017}).
	 */
	private static final Pattern STRAY_LETTER_BEFORE_MONTH = Pattern
		.compile("(?<!\\d)(\\d{1,2})[\\s/.\\-]*[A-Z]" + MONTH + "[\\s/.\\-,]*(\\d{4}|\\d{2})(?!\\d)");

	private static final Pattern MISREAD_MONTH = Pattern
		.compile("(?<!\\d)(\\d{1,2})[/\\-. ]([A-Z][A-Z0-9]{2})[/\\-. ]((?:20)?\\d{2})(?!\\d)");

	/**
	 * A day-first date whose slashes OCR read as 7 or 1 ({@code 0270572018},
	 * {@code 13707/2017}), or whose first slash it dropped ({@code 250412017}).
	 */
	private static final Pattern SLASHES_AS_DIGITS = Pattern
		.compile("(?<!\\d)([0-3]\\d)[71/]?([01]\\d)[71/](20\\d{2})(?!\\d)");

	private static final Pattern DATE_LABEL = Pattern.compile("DATE|TARIKH|DATUM|FECHA|\\bDT\\b");

	private static final Pattern OCR_DIGIT_LOOKALIKE = Pattern.compile("(?<=[\\d/.\\-])[OQDIL|](?=[\\d/.\\-])");

	private final LocalDate today;

	ReceiptDates(LocalDate today) {
		this.today = today;
	}

	@Nullable ExtractedField<LocalDate> find(List<String> lines) {
		List<Found> found = new ArrayList<>();
		List<String> upper = lines.stream().map((line) -> line.toUpperCase(Locale.ROOT)).toList();
		for (int index = 0; index < upper.size(); index++) {
			datesIn(upper.get(index), index, found);
		}
		List<String> fixed = upper.stream().map(ReceiptDates::withLookalikesFixed).toList();
		for (int index = 0; found.isEmpty() && index < upper.size(); index++) {
			datesIn(fixed.get(index), index, found);
		}
		double certainty = 1;
		for (int index = 0; found.isEmpty() && index < upper.size(); index++) {
			misreadDatesIn(fixed.get(index), index, found);
			certainty = 0.7;
		}
		if (found.isEmpty()) {
			return null;
		}
		Found best = found.stream().filter(Found::labelled).findFirst().orElse(found.get(0));
		boolean agreeing = found.stream().allMatch((other) -> other.date().equals(best.date()));
		double confidence = ((best.labelled() ? 0.9 : 0.75) - (agreeing ? 0 : 0.15)) * certainty;
		return ExtractedField.of(best.date(), confidence);
	}

	/**
	 * Dates that are impossible as read but valid with one digit OCR often confuses put
	 * right (7 for 1, 9 or 6 for 0): {@code 23/05/2078}, {@code 92/02/2018}; or with a
	 * stray digit after the year, or a stray letter before the month's name, dropped; or
	 * printed day first without separators and away from the time.
	 */
	private void misreadDatesIn(String line, int index, List<Found> found) {
		for (Matcher m = COMPACT_DAY_FIRST.matcher(line); m.find();) {
			add(found, index, isLabelled(line), year(m.group(3)), number(m.group(2)), number(m.group(1)));
		}
		for (Matcher m = MONTH_NAME_DAY_LONG_YEAR.matcher(line); m.find();) {
			add(found, index, isLabelled(line), year(m.group(3)), month(m.group(1)), number(m.group(2)));
		}
		for (Matcher m = STRAY_LETTER_BEFORE_MONTH.matcher(line); m.find();) {
			add(found, index, isLabelled(line), year(m.group(3)), month(m.group(2)), number(m.group(1)));
		}
		for (Matcher m = MISREAD_MONTH.matcher(line); m.find();) {
			String month = closestMonth(m.group(2));
			if (month != null) {
				datesIn(m.group(1) + " " + month + " " + m.group(3), index, found);
			}
		}
		for (Matcher m = DAY_FIRST.matcher(line); m.find();) {
			String date = m.group();
			for (int at = 0; at < date.length(); at++) {
				char misread = date.charAt(at);
				char meant = switch (misread) {
					case '7' -> '1';
					case '9', '6' -> '0';
					default -> misread;
				};
				if (meant != misread) {
					String corrected = date.substring(0, at) + meant + date.substring(at + 1);
					int before = found.size();
					datesIn(corrected, index, found);
					if (found.size() > before) {
						found.set(before, new Found(found.get(before).date(), index, isLabelled(line)));
						return;
					}
				}
			}
		}
	}

	/**
	 * The month abbreviation one letter away from these three letters, if only one is.
	 */
	private static @Nullable String closestMonth(String letters) {
		String closest = null;
		for (Month month : Month.values()) {
			String name = month.name().substring(0, 3);
			int differences = 0;
			for (int i = 0; i < 3; i++) {
				differences += (name.charAt(i) != letters.charAt(i)) ? 1 : 0;
			}
			if (differences == 1) {
				if (closest != null) {
					return null;
				}
				closest = name;
			}
		}
		return closest;
	}

	/**
	 * The line with letters that OCR reads for digits inside a number put right
	 * ({@code 2O/O4/2018}), and on a date line the slashes of a date read as 7 or 1
	 * ({@code 0270572018} for {@code 02/05/2018}).
	 */
	private static String withLookalikesFixed(String line) {
		String fixed = OCR_DIGIT_LOOKALIKE.matcher(line).replaceAll((match) -> switch (match.group()) {
			case "O", "Q", "D" -> "0";
			default -> "1";
		});
		return isLabelled(fixed) ? SLASHES_AS_DIGITS.matcher(fixed).replaceAll("$1/$2/$3") : fixed;
	}

	private static boolean isLabelled(String line) {
		return DATE_LABEL.matcher(line).find();
	}

	private void datesIn(String line, int index, List<Found> found) {
		boolean labelled = isLabelled(line);
		int before = found.size();
		for (Matcher m = YEAR_FIRST.matcher(line); m.find();) {
			add(found, index, labelled, year(m.group(1)), number(m.group(3)), number(m.group(4)));
		}
		for (Matcher m = DAY_FIRST.matcher(line); m.find();) {
			int day = number(m.group(1));
			int month = number(m.group(3));
			int year = year(m.group(4));
			if (!add(found, index, labelled, year, month, day)) {
				add(found, index, labelled, year, day, month);
			}
		}
		for (Matcher m = DAY_MONTH_NAME.matcher(line); m.find();) {
			add(found, index, labelled, year(m.group(3)), month(m.group(2)), number(m.group(1)));
		}
		for (Matcher m = MONTH_NAME_DAY.matcher(line); m.find();) {
			add(found, index, labelled, year(m.group(3)), month(m.group(1)), number(m.group(2)));
		}
		if (found.size() == before) {
			for (Matcher m = COMPACT.matcher(line); m.find();) {
				add(found, index, labelled, year(m.group(1)), number(m.group(2)), number(m.group(3)));
			}
			for (Matcher m = COMPACT_BEFORE_TIME.matcher(line); m.find();) {
				add(found, index, labelled, year(m.group(3)), number(m.group(2)), number(m.group(1)));
			}
		}
	}

	private boolean add(List<Found> found, int index, boolean labelled, int year, int month, int day) {
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return false;
		}
		if (date.getYear() < 2000 || date.isAfter(today.plusYears(1))) {
			return false;
		}
		found.add(new Found(date, index, labelled));
		return true;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		return (digits.length() == 2) ? 2000 + year : year;
	}

	private static int month(String name) {
		for (Month month : Month.values()) {
			if (month.name().startsWith(name)) {
				return month.getValue();
			}
		}
		return 0;
	}

	private record Found(LocalDate date, int line, boolean labelled) {
	}

}
