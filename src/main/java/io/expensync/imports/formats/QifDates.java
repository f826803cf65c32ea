package io.expensync.imports.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How one QIF file writes its dates, decided once from all of them, and the reading of
 * each date that way.
 * <p>
 * QIF dates carry no order of their own: {@code 2/10'2020} is 10 February in a US Quicken
 * and 2 October in a British one. A file whose dates ever start with a number above 12 is
 * read day first; otherwise month first, which is Quicken's default (its US form). Dates
 * written with dots ({@code 10.02.2020}) are the exception: only day-first locales write
 * them, so they are read day first unless a second number above 12 says otherwise. Dates
 * that start with a four-digit year ({@code 2020-02-10}) are read as year, month, day and
 * do not count.
 */
final class QifDates {

	// Spaces are removed first: Quicken pads days and years, as in 1/ 1' 5.
	private static final Pattern DATE = Pattern.compile("(\\d{1,2}|\\d{4})([/.\\-])(\\d{1,2})(['/.\\-])(\\d{1,4})");

	private final boolean dayFirst;

	private final QifRecord.@Nullable Field evidence;

	private QifDates(boolean dayFirst, QifRecord.@Nullable Field evidence) {
		this.dayFirst = dayFirst;
		this.evidence = evidence;
	}

	/**
	 * @param dates every record's date line in the file
	 */
	static QifDates decide(List<QifRecord.Field> dates) {
		QifRecord.Field dayFirst = null;
		QifRecord.Field monthFirst = null;
		boolean dots = false;
		for (QifRecord.Field date : dates) {
			Matcher numbers = DATE.matcher(withoutSpaces(date.value()));
			if (!numbers.matches() || numbers.group(1).length() == 4) {
				continue;
			}
			if (dayFirst == null && Integer.parseInt(numbers.group(1)) > 12) {
				dayFirst = date;
			}
			if (monthFirst == null && Integer.parseInt(numbers.group(3)) > 12) {
				monthFirst = date;
			}
			dots |= numbers.group(2).equals(".");
		}
		if (dayFirst != null) {
			return new QifDates(true, dayFirst);
		}
		return new QifDates(dots && monthFirst == null, monthFirst);
	}

	/** Whether this file's dates are read day first. */
	boolean dayFirst() {
		return this.dayFirst;
	}

	LocalDate read(QifRecord.Field date) {
		Matcher numbers = DATE.matcher(withoutSpaces(date.value()));
		if (!numbers.matches()) {
			throw new BadFileException(date.line(), "cannot read the date \"" + date.value()
					+ "\"; QIF dates look like 2/10'2020, 02/10/2020, 10.02.2020 or 2020-02-10");
		}
		int first = Integer.parseInt(numbers.group(1));
		int second = Integer.parseInt(numbers.group(3));
		if (numbers.group(1).length() == 4) {
			return date(date, first, second, Integer.parseInt(numbers.group(5)));
		}
		int year = year(date, numbers.group(4), numbers.group(5));
		if (this.dayFirst ? second > 12 : first > 12) {
			throw new BadFileException(date.line(), "the date \"" + date.value() + "\" does not fit this file's "
					+ (this.dayFirst ? "day/month" : "month/day") + " order" + shownBy());
		}
		return this.dayFirst ? date(date, year, second, first) : date(date, year, first, second);
	}

	private String shownBy() {
		return (this.evidence != null)
				? ", which the date \"" + this.evidence.value() + "\" on line " + this.evidence.line() + " shows" : "";
	}

	private static int year(QifRecord.Field date, String separator, String digits) {
		int year = Integer.parseInt(digits);
		if (digits.length() == 4) {
			return year;
		}
		// Quicken writes years from 2000 after an apostrophe (1/ 1'00, 2/10' 5).
		if (separator.equals("'") && digits.length() <= 2) {
			return 2000 + year;
		}
		// Quicken wrote 1/1/99 before 2000; other programs write 2/10/20 for 2020.
		if (digits.length() == 2) {
			return (year < 80) ? 2000 + year : 1900 + year;
		}
		throw new BadFileException(date.line(), "cannot read the year of the date \"" + date.value() + "\"");
	}

	private static LocalDate date(QifRecord.Field date, int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new BadFileException(date.line(), "the date \"" + date.value() + "\" is not a day of the calendar");
		}
	}

	private static String withoutSpaces(String value) {
		return value.replaceAll("\\s", "");
	}

}
