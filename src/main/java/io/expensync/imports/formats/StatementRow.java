package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One booked movement read from a statement file.
 *
 * @param line the file's line (1-based) where the row starts, to name it in messages
 * @param date the booking date
 * @param amount signed: negative is money out of the account, positive money in
 * @param description the bank's text for the row (purpose, memo, name), never blank
 * @param payee who was paid or paid in, where the file says so apart from the text
 * @param bankId the bank's own id for the row (OFX {@code FITID}, CAMT
 * {@code AcctSvcrRef} or {@code NtryRef}), which finds it again in a later file
 * @param category the category the file gives (QIF {@code L}, a CSV category column)
 * @param parts the split parts (QIF {@code S/$/E}), summing to {@code amount}; empty when
 * the row is not split
 */
public record StatementRow(int line, LocalDate date, BigDecimal amount, String description, @Nullable String payee,
		@Nullable String bankId, @Nullable String category, List<Part> parts) {

	public StatementRow {
		parts = List.copyOf(parts);
	}

	/** A row without a split, category or bank id. */
	public StatementRow(int line, LocalDate date, BigDecimal amount, String description, @Nullable String payee) {
		this(line, date, amount, description, payee, null, null, List.of());
	}

	/**
	 * One part of a split row.
	 *
	 * @param category the part's category as the file names it
	 * @param amount signed, as the row's amount
	 * @param memo the part's own text
	 */
	public record Part(@Nullable String category, BigDecimal amount, @Nullable String memo) {
	}

}
