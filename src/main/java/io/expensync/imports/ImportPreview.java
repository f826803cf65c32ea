package io.expensync.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.imports.formats.FileFormat;
import io.expensync.imports.formats.csv.CsvMapping;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded statement as it would be booked: every row with the category it would get
 * and whether it is already on the account.
 *
 * @param mapping the CSV mapping the file was read with; null for the other formats
 * @param committed whether the rows were booked (then the preview shows what was)
 * @param warnings rows left out or values guessed, each naming its line
 */
public record ImportPreview(UUID id, UUID accountId, String fileName, FileFormat format, String encoding,
		@Nullable CsvMapping mapping, boolean committed, List<Row> rows, List<String> warnings, Instant createdAt) {

	public ImportPreview {
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
	}

	/**
	 * One row of the statement.
	 *
	 * @param position the row's place in the preview, from 0, to include or leave it out
	 * @param line the file's line the row starts on
	 * @param amount signed: negative is money out of the account
	 * @param bankId the bank's own id for the row, if the file gives one
	 * @param category the key of the category it is filed under; null for a transfer
	 * @param duplicate whether the account already holds it
	 * @param transferAccountId for a transfer with another of the user's accounts (a QIF
	 * {@code [Account]} category naming it), that account
	 * @param included whether committing books it: by default every row that is not a
	 * duplicate
	 */
	public record Row(int position, int line, LocalDate date, BigDecimal amount, String description,
			@Nullable String merchant, @Nullable String bankId, @Nullable String category, boolean duplicate,
			boolean included, @Nullable UUID transferAccountId) {
	}

	/** How many rows committing books. */
	public long included() {
		return this.rows.stream().filter(Row::included).count();
	}

	/** How many rows the account already holds. */
	public long duplicates() {
		return this.rows.stream().filter(Row::duplicate).count();
	}

}
