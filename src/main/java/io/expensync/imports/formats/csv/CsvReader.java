package io.expensync.imports.formats.csv;

import java.util.List;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.ReadLimits;

/**
 * Reads bank statements exported as CSV, in any bank's layout: {@link #propose} finds how
 * a file is laid out, and {@link #read} reads it by that mapping, or by one the user
 * corrected.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/**
	 * Proposes how to read the file, from its content alone: delimiter, quoting, preamble
	 * and header, the date and number formats, and which columns hold the date, the
	 * amount (or debit and credit), a debit/credit flag, the text, the payee, the
	 * currency, the category, the bank's id and the running balance.
	 * @param text the decoded file
	 * @param limits the longest line allowed
	 * @return the proposal, to show in the preview
	 * @throws BadFileException when no delimiter splits the file, or no column holds
	 * dates or amounts
	 */
	public static CsvMapping propose(String text, ReadLimits limits) {
		return MappingProposal.propose(withoutByteOrderMark(text), limits);
	}

	/**
	 * Reads the file's rows by the mapping. Balance, total and pending rows are skipped
	 * with a warning; lines without a date or amount continue the text of the row before.
	 * @param text the decoded file
	 * @param mapping a proposal, or a mapping the user corrected
	 * @param limits the most rows and the longest line allowed
	 * @return the statement and the warnings for the preview
	 * @throws BadFileException naming the line of the first cell that does not fit the
	 * mapping, or the header when the mapping names a column the file does not have
	 */
	public static CsvResult read(String text, CsvMapping mapping, ReadLimits limits) {
		return new RowReader(mapping, limits).read(withoutByteOrderMark(text));
	}

	/**
	 * The file's first lines split into cells by the mapping's delimiter and quote, as
	 * written, preamble and header included: to show the user which column is which.
	 * @param text the decoded file
	 * @param mapping the delimiter and quote to split by
	 * @param count the most lines
	 */
	public static List<List<String>> firstLines(String text, CsvMapping mapping, int count) {
		char quote = mapping.quote().isEmpty() ? 0 : mapping.quote().charAt(0);
		return CsvTokenizer
			.first(withoutByteOrderMark(text), mapping.delimiter().charAt(0), quote, ReadLimits.DEFAULT, count)
			.stream()
			.map(CsvRecord::cells)
			.toList();
	}

	private static String withoutByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
