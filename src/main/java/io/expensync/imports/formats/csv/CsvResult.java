package io.expensync.imports.formats.csv;

import java.util.List;

import io.expensync.imports.formats.Statement;

/**
 * A CSV file read by a mapping.
 *
 * @param statement the booked rows
 * @param warnings what the preview should tell the user: rows skipped as balances or
 * pending, a guessed sign, mixed currencies; each names its line where it has one
 */
public record CsvResult(Statement statement, List<String> warnings) {

	public CsvResult {
		warnings = List.copyOf(warnings);
	}

}
