package io.expensync.imports.formats.csv;

import java.util.List;

/**
 * One record of a CSV file: its cells as written (quotes removed) and the line it starts
 * on.
 *
 * @param line the 1-based line of the file where the record starts
 * @param cells the cells, untrimmed
 */
record CsvRecord(int line, List<String> cells) {

	CsvRecord {
		cells = List.copyOf(cells);
	}

	int width() {
		return this.cells.size();
	}

	/** The trimmed cell, or "" when the record is shorter. */
	String cell(int column) {
		return (column < this.cells.size()) ? this.cells.get(column).strip() : "";
	}

	boolean has(int column) {
		return column < this.cells.size();
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

	/** The width without trailing blank cells. */
	int filledWidth() {
		int width = this.cells.size();
		while (width > 0 && this.cells.get(width - 1).isBlank()) {
			width--;
		}
		return width;
	}

	int filledCells() {
		return (int) this.cells.stream().filter((cell) -> !cell.isBlank()).count();
	}

}
