package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One account's rows in a statement file. Most files hold one statement; a QIF file or a
 * CAMT file can hold several.
 *
 * @param account the account as the file names it (number, IBAN or name), if it does
 * @param currency the ISO 4217 code the file states for the rows, if it does
 * @param rows the booked rows, in the file's order
 * @param closingBalance the balance the file states after its last row, if it does
 */
public record Statement(@Nullable String account, @Nullable String currency, List<StatementRow> rows,
		@Nullable BigDecimal closingBalance) {

	public Statement {
		rows = List.copyOf(rows);
	}

}
