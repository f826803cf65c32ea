package io.expensync.imports.formats.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.ReadLimits;

/**
 * The delimiter and quote of a CSV file, found from how evenly each candidate splits the
 * first records: a bank export has one width for its header and rows, and only a few
 * lines of preamble or continuation text differ.
 *
 * @param delimiter {@code ,} {@code ;} tab or {@code |}
 * @param quote {@code "}, or 0 when quotes cannot be read as quotes in this file
 */
record Dialect(char delimiter, char quote) {

	static final String DELIMITERS = ",;\t|";

	private static final int SAMPLE = 60;

	static Dialect detect(String text, ReadLimits limits) {
		Dialect best = null;
		int bestScore = 0;
		for (char delimiter : DELIMITERS.toCharArray()) {
			Dialect dialect = readable(text, delimiter, limits);
			int score = dialect.score(text, limits);
			if (score > bestScore) {
				best = dialect;
				bestScore = score;
			}
		}
		if (best == null) {
			throw new BadFileException(1,
					"no delimiter (comma, semicolon, tab or |) splits the lines into columns; this is not a CSV statement");
		}
		return best;
	}

	/** With the quote, unless a quote then never closes in the sample. */
	private static Dialect readable(String text, char delimiter, ReadLimits limits) {
		try {
			CsvTokenizer.first(text, delimiter, '"', limits, SAMPLE);
			return new Dialect(delimiter, '"');
		}
		catch (BadFileException ex) {
			if (ex.problem().contains("quote")) {
				return new Dialect(delimiter, (char) 0);
			}
			throw ex;
		}
	}

	/**
	 * The number of sampled records that share the most common width, times the columns
	 * that width adds: a wide, even split beats a narrow one that is just as even.
	 */
	private int score(String text, ReadLimits limits) {
		List<CsvRecord> records = CsvTokenizer.first(text, this.delimiter, this.quote, limits, SAMPLE);
		int width = typicalWidth(records);
		return (int) records.stream().filter((record) -> record.width() == width).count() * (width - 1);
	}

	/** The most common width of the non-blank records, at least 2. */
	static int typicalWidth(List<CsvRecord> records) {
		Map<Integer, Integer> widths = new HashMap<>();
		records.stream()
			.filter((record) -> !record.isBlank() && record.width() > 1)
			.forEach((record) -> widths.merge(record.width(), 1, Integer::sum));
		return widths.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(1);
	}

}
