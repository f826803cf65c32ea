package io.expensync.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.expensync.imports.formats.csv.CsvMapping;
import io.expensync.web.InvalidFieldException;

import org.jspecify.annotations.Nullable;

/**
 * The preview page's form of a CSV mapping: columns count from 0, a blank column is none,
 * {@code amounts} says whether the amount is one column ({@code one}) or a debit and a
 * credit column ({@code split}), and the delimiter {@code tab} stands for a tab.
 *
 * @param debitFlags the flag column's values that mean money out, separated by commas
 */
public record MappingForm(@Nullable String delimiter, @Nullable String quote, @Nullable Integer preambleLines,
		boolean header, @Nullable Integer dateColumn, @Nullable String datePattern, @Nullable String amounts,
		@Nullable Integer amountColumn, @Nullable Integer debitColumn, @Nullable Integer creditColumn,
		@Nullable Integer flagColumn, @Nullable String debitFlags, CsvMapping.@Nullable Sign sign,
		@Nullable String decimalSeparator, @Nullable List<Integer> descriptionColumns, @Nullable Integer payeeColumn,
		@Nullable Integer currencyColumn, @Nullable Integer categoryColumn, @Nullable Integer bankIdColumn,
		@Nullable Integer balanceColumn) {

	static final String TAB = "tab";

	/** The form filled in with a mapping. */
	static MappingForm of(CsvMapping mapping) {
		return new MappingForm(mapping.delimiter().equals("\t") ? TAB : mapping.delimiter(), mapping.quote(),
				mapping.preambleLines(), mapping.header(), mapping.dateColumn(), mapping.datePattern(),
				(mapping.amountColumn() != null) ? "one" : "split", mapping.amountColumn(), mapping.debitColumn(),
				mapping.creditColumn(), mapping.flagColumn(), String.join(", ", mapping.debitFlags()), mapping.sign(),
				mapping.decimalSeparator(), mapping.descriptionColumns(), mapping.payeeColumn(),
				mapping.currencyColumn(), mapping.categoryColumn(), mapping.bankIdColumn(), mapping.balanceColumn());
	}

	/** The quote as the form names it: {@code double}, {@code single} or {@code none}. */
	public String quoteName() {
		String quote = quote();
		if (quote == null || quote.isEmpty() || quote.equals("none")) {
			return "none";
		}
		return (quote.equals("'") || quote.equals("single")) ? "single" : "double";
	}

	/** Whether the given column is one of the description's. */
	public boolean describes(int column) {
		return this.descriptionColumns != null && this.descriptionColumns.contains(column);
	}

	/**
	 * The mapping the form describes.
	 * @throws InvalidFieldException naming what is missing or contradicts itself
	 */
	CsvMapping toMapping() {
		boolean split = "split".equals(this.amounts);
		try {
			return new CsvMapping(TAB.equals(this.delimiter) ? "\t" : required(this.delimiter, "the delimiter"),
					switch (quoteName()) {
						case "single" -> "'";
						case "double" -> "\"";
						default -> "";
					}, Objects.requireNonNullElse(this.preambleLines, 0), this.header,
					required(this.dateColumn, "the date column"), required(this.datePattern, "the date pattern"),
					split ? null : required(this.amountColumn, "the amount column"), split ? this.debitColumn : null,
					split ? this.creditColumn : null, split ? null : this.flagColumn, flags(),
					Objects.requireNonNullElse(this.sign, CsvMapping.Sign.NEGATIVE_IS_OUT),
					required(this.decimalSeparator, "the decimal separator"),
					Objects.requireNonNullElse(this.descriptionColumns, List.of()), this.payeeColumn,
					this.currencyColumn, this.categoryColumn, this.bankIdColumn, this.balanceColumn);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("mapping", "The mapping is not possible: " + ex.getMessage() + ".");
		}
	}

	private List<String> flags() {
		if (this.debitFlags == null || this.flagColumn == null) {
			return List.of();
		}
		return Arrays.stream(this.debitFlags.split(",")).map(String::strip).filter((flag) -> !flag.isEmpty()).toList();
	}

	private static <T> T required(@Nullable T value, String what) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new IllegalArgumentException("choose " + what);
		}
		return value;
	}

}
