package io.expensync.imports.formats.csv;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How to read one bank's CSV export: proposed by {@link CsvReader#propose}, shown in the
 * preview, corrected by the user and remembered for the account. Columns count from 0.
 *
 * @param delimiter {@code ","}, {@code ";"}, {@code "\t"} or {@code "|"}
 * @param quote the quote character, usually {@code "\""}; {@code ""} when the file does
 * not quote
 * @param preambleLines the lines before the header (or before the first row when there is
 * no header): account details, balances, a title
 * @param header whether the line after the preamble names the columns
 * @param dateColumn the booking date
 * @param datePattern the date's pattern, such as {@code dd.MM.yyyy}, {@code M/d/yy},
 * {@code yyyy.MM.dd.}, {@code yyyy-MM-dd} (a time after the date is ignored) or
 * {@code dd-MMM-yyyy}; the order of {@code d} and {@code M} says whether the day comes
 * first
 * @param amountColumn the one amount column, or null when debit and credit have a column
 * each
 * @param debitColumn the money out, when amounts are split; its sign is ignored
 * @param creditColumn the money in, when amounts are split
 * @param flagColumn a column saying whether the amount is money out or in (D/C, S/H,
 * outflow/inflow), read beside {@code amountColumn}; the amount's own sign is then
 * ignored
 * @param debitFlags the flag column's values that mean money out, compared without case
 * and accents; {@code ""} stands for a blank cell; every other value means money in
 * @param sign what a positive number in {@code amountColumn} means when there is no flag
 * column
 * @param decimalSeparator {@code "."} or {@code ","}; the other one, spaces and
 * apostrophes may group thousands
 * @param descriptionColumns the text of the row, joined with spaces in this order
 * (purpose lines 1 to 14, say)
 * @param payeeColumn the counterparty's name
 * @param currencyColumn the ISO code of each row's currency
 * @param categoryColumn the bank's or app's category
 * @param bankIdColumn the bank's id for the row, distinct per row
 * @param balanceColumn the running balance after each row: never read as an amount
 */
public record CsvMapping(String delimiter, String quote, int preambleLines, boolean header, int dateColumn,
		String datePattern, @Nullable Integer amountColumn, @Nullable Integer debitColumn,
		@Nullable Integer creditColumn, @Nullable Integer flagColumn, List<String> debitFlags, Sign sign,
		String decimalSeparator, List<Integer> descriptionColumns, @Nullable Integer payeeColumn,
		@Nullable Integer currencyColumn, @Nullable Integer categoryColumn, @Nullable Integer bankIdColumn,
		@Nullable Integer balanceColumn) {

	/** What a positive number in a single amount column means. */
	public enum Sign {

		/** Negative numbers are money out, positive ones money in: most bank accounts. */
		NEGATIVE_IS_OUT,

		/**
		 * Positive numbers are money out: card statements that list charges as positive.
		 */
		POSITIVE_IS_OUT

	}

	/**
	 * @throws IllegalArgumentException when the mapping contradicts itself: no amount,
	 * both an amount and split columns, a flag without an amount, an unknown delimiter, a
	 * date pattern without year, month or day
	 */
	public CsvMapping {
		debitFlags = List.copyOf(debitFlags);
		descriptionColumns = List.copyOf(descriptionColumns);
		require(delimiter.length() == 1 && Dialect.DELIMITERS.contains(delimiter),
				"the delimiter must be a comma, a semicolon, a tab or |");
		require(quote.length() <= 1 && !quote.equals(delimiter),
				"the quote must be one character other than the delimiter");
		require(preambleLines >= 0, "the preamble cannot have fewer than 0 lines");
		require(decimalSeparator.equals(".") || decimalSeparator.equals(","), "the decimal separator must be . or ,");
		if (amountColumn != null) {
			require(debitColumn == null && creditColumn == null,
					"read the amount from one column, or from a debit and a credit column, not both");
		}
		else {
			require(debitColumn != null && creditColumn != null,
					"without an amount column, a debit and a credit column are needed");
		}
		require(flagColumn == null || amountColumn != null, "a debit/credit flag needs an amount column");
		require(flagColumn == null || !debitFlags.isEmpty(), "a flag column needs the values that mean money out");
		require(columns(dateColumn, descriptionColumns, amountColumn, debitColumn, creditColumn, flagColumn,
				payeeColumn, currencyColumn, categoryColumn, bankIdColumn, balanceColumn)
			.stream()
			.allMatch((column) -> column >= 0), "columns count from 0");
		new DatePattern(datePattern);
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** Whether {@link #datePattern} puts the day before the month. */
	public boolean dayFirst() {
		return new DatePattern(this.datePattern).dayFirst();
	}

	/** Every column the mapping reads. */
	List<Integer> columns() {
		return columns(this.dateColumn, this.descriptionColumns, this.amountColumn, this.debitColumn, this.creditColumn,
				this.flagColumn, this.payeeColumn, this.currencyColumn, this.categoryColumn, this.bankIdColumn,
				this.balanceColumn);
	}

	private static List<Integer> columns(int dateColumn, List<Integer> descriptionColumns,
			@Nullable Integer... others) {
		List<Integer> columns = new ArrayList<>(descriptionColumns);
		columns.add(dateColumn);
		for (Integer column : others) {
			if (column != null) {
				columns.add(column);
			}
		}
		return columns;
	}

}
