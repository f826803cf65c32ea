package io.expensync.imports.formats.csv;

import java.util.List;

/**
 * Where the rows of a CSV file start: after how many lines of preamble (account,
 * balances, a title), and whether a header names the columns. The first row with a date
 * and a number marks the data; the nearest text-only record above it, as wide as the
 * rows, is the header. Pending or balance rows between the two (dated "Pending") count as
 * rows.
 *
 * @param preambleLines the lines before the header, or before the first row without one
 * @param header whether there is a header
 * @param headerCells the header's cells, empty without one
 * @param firstRecord the index of the first record after the header (or preamble)
 */
record Layout(int preambleLines, boolean header, List<String> headerCells, int firstRecord) {

	/** How far into the file the first row may start. */
	private static final int SEARCH = 60;

	Layout {
		headerCells = List.copyOf(headerCells);
	}

	static Layout detect(List<CsvRecord> records) {
		// as wide as most rows, so that "Kontostand;01.02.2024;1.234,56" above them is no
		// row
		int typical = Dialect.typicalWidth(records);
		int data = -1;
		for (int i = 0; i < Math.min(records.size(), SEARCH) && data < 0; i++) {
			CsvRecord record = records.get(i);
			data = (record.width() >= typical - 1 && isDataLike(record)) ? i : -1;
		}
		if (data < 0) {
			// no row with a date and a number: the column check names what is missing
			int first = 0;
			while (first < records.size() - 1 && records.get(first).isBlank()) {
				first++;
			}
			return at(records, first, !records.isEmpty() && isHeaderLike(records.get(first)));
		}
		int width = records.get(data).filledWidth();
		int first = data;
		for (int i = data - 1; i >= 0; i--) {
			CsvRecord record = records.get(i);
			if (record.isBlank()) {
				continue;
			}
			if (!reaches(record, width)) {
				break;
			}
			if (isHeaderLike(record)) {
				return at(records, i, true);
			}
			if (record.filledCells() < 2) {
				break;
			}
			first = i;
		}
		return at(records, first, false);
	}

	/**
	 * Whether a record above the first row is as wide as the row's filled cells: trailing
	 * empty cells come and go between header and rows, and a header may leave its last
	 * column unnamed, but a two-cell "Account;12345" line is preamble.
	 */
	private static boolean reaches(CsvRecord record, int width) {
		return record.width() >= width || (record.width() == width - 1 && record.filledCells() >= 3);
	}

	private static Layout at(List<CsvRecord> records, int index, boolean header) {
		if (records.isEmpty()) {
			return new Layout(0, false, List.of(), 0);
		}
		CsvRecord record = records.get(index);
		return header
				? new Layout(record.line() - 1, true, record.cells().stream().map(String::strip).toList(), index + 1)
				: new Layout(record.line() - 1, false, List.of(), index);
	}

	/** A date in one cell and a number in another. */
	static boolean isDataLike(CsvRecord record) {
		if (record.width() < 2) {
			return false;
		}
		for (int i = 0; i < record.width(); i++) {
			if (DateColumn.isDate(record.cell(i))) {
				for (int j = 0; j < record.width(); j++) {
					if (j != i && isNumber(record.cell(j))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Two or more cells of words: no dates, no numbers. */
	static boolean isHeaderLike(CsvRecord record) {
		int words = 0;
		for (int i = 0; i < record.width(); i++) {
			String cell = record.cell(i);
			if (cell.isEmpty()) {
				continue;
			}
			if (DateColumn.isDate(cell) || isNumber(cell)) {
				return false;
			}
			words += cell.codePoints().anyMatch(Character::isLetter) ? 1 : 0;
		}
		return words >= 2 && words * 2 >= record.filledCells();
	}

	private static boolean isNumber(String cell) {
		return !cell.isEmpty() && (AmountFormat.DOT.parse(cell) != null || AmountFormat.COMMA.parse(cell) != null);
	}

}
