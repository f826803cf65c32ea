package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.csv.AmountFormat.Parsed;
import io.expensync.imports.formats.csv.CsvMapping.Sign;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file's rows by a mapping, once: each record after the preamble and header is a
 * row, a balance or pending row (skipped with a warning), or a line that carries on the
 * text of the row before (no date, no amount: OCBC wraps its descriptions so).
 */
final class RowReader {

	private final CsvMapping mapping;

	private final ReadLimits limits;

	private final DatePattern datePattern;

	private final AmountFormat format;

	private final List<String> warnings = new ArrayList<>();

	private final StatementDraft statement = new StatementDraft();

	private List<String> header = List.of();

	private int width = -1;

	RowReader(CsvMapping mapping, ReadLimits limits) {
		this.mapping = mapping;
		this.limits = limits;
		this.datePattern = new DatePattern(mapping.datePattern());
		this.format = new AmountFormat(mapping.decimalSeparator().charAt(0));
	}

	CsvResult read(String text) {
		char quote = this.mapping.quote().isEmpty() ? 0 : this.mapping.quote().charAt(0);
		CsvTokenizer records = new CsvTokenizer(text, this.mapping.delimiter().charAt(0), quote, this.limits);
		boolean headerDue = this.mapping.header();
		int rows = 0;
		while (records.hasNext()) {
			CsvRecord record = records.next();
			if (record.line() <= this.mapping.preambleLines() || record.isBlank()) {
				continue;
			}
			if (headerDue) {
				this.header = record.cells().stream().map(String::strip).toList();
				checkColumns(record);
				headerDue = false;
				continue;
			}
			if (this.width < 0) {
				checkColumns(record);
			}
			rows++;
			this.limits.checkRows(rows, record.line());
			read(record);
		}
		if (rows == 0) {
			this.warnings.add("The file holds no rows.");
		}
		return new CsvResult(this.statement.toStatement(this.mapping, this.header, this.warnings), this.warnings);
	}

	/** The mapping may name only columns the header (or the first row) has. */
	private void checkColumns(CsvRecord record) {
		this.width = record.width();
		int widest = this.mapping.columns().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (widest >= this.width) {
			throw new BadFileException(record.line(), "the mapping reads column " + (widest + 1) + ", but the "
					+ (this.mapping.header() ? "header" : "first row") + " has " + this.width + " columns");
		}
	}

	private void read(CsvRecord record) {
		String skipped = SkippedRows.reason(record.cells());
		if (skipped != null) {
			this.warnings.add("Line " + record.line() + ": skipped a " + skipped + " row.");
			return;
		}
		if (isContinuation(record)) {
			if (!continuesText(record) || !this.statement.continueText(text(record, true))) {
				this.warnings.add("Line " + record.line() + ": skipped a line without a date or an amount.");
			}
			return;
		}
		if (record.filledCells() < 2) {
			// a footer ("12 transactions found"): a row needs a date and an amount
			this.warnings.add("Line " + record.line() + ": skipped a line with a single value.");
			return;
		}
		if (record.cells()
			.subList(Math.min(this.width, record.width()), record.width())
			.stream()
			.anyMatch((cell) -> !cell.isBlank())) {
			this.warnings.add("Line " + record.line() + ": the row has more values than the "
					+ (this.mapping.header() ? "header" : "first row") + "; the extra ones are left out.");
		}
		LocalDate date = this.datePattern.parse(required(record, this.mapping.dateColumn(), "a date"));
		if (date == null) {
			throw new BadFileException(record.line(), quoted(record.cell(this.mapping.dateColumn())) + " in "
					+ column(this.mapping.dateColumn()) + " is not a date like " + this.mapping.datePattern());
		}
		BigDecimal amount = amount(record);
		if (amount == null) {
			this.warnings.add("Line " + record.line() + ": skipped a row without an amount.");
			return;
		}
		this.statement.add(record.line(), date, amount, text(record, false), cell(record, this.mapping.payeeColumn()),
				cell(record, this.mapping.categoryColumn()), cell(record, this.mapping.bankIdColumn()), balance(record),
				cell(record, this.mapping.currencyColumn()));
	}

	/** No date and no amount, but some text: the row before goes on. */
	private boolean isContinuation(CsvRecord record) {
		return record.cell(this.mapping.dateColumn()).isEmpty() && isBlank(record, this.mapping.amountColumn())
				&& isBlank(record, this.mapping.debitColumn()) && isBlank(record, this.mapping.creditColumn());
	}

	/**
	 * Whether a line without date and amount carries more of the row's text: its values
	 * sit in the text columns, or it is a short line a bank wrapped the text onto. A line
	 * as wide as the rows with values elsewhere (the closing balance of a summary, a
	 * disclaimer in a column of its own) is no text of the row before.
	 */
	private boolean continuesText(CsvRecord record) {
		if (record.width() < Math.max(2, this.width - 1)) {
			return true;
		}
		List<Integer> text = new ArrayList<>(this.mapping.descriptionColumns());
		if (this.mapping.payeeColumn() != null) {
			text.add(this.mapping.payeeColumn());
		}
		return IntStream.range(0, record.width())
			.filter((column) -> !record.cell(column).isEmpty())
			.allMatch(text::contains);
	}

	private static boolean isBlank(CsvRecord record, @Nullable Integer column) {
		return column == null || isNoAmount(record.cell(column));
	}

	/** Some banks write a dash for an empty debit or credit cell. */
	private static boolean isNoAmount(String cell) {
		return cell.isEmpty() || cell.chars().allMatch((c) -> c == '-' || c == '–' || c == '—');
	}

	/** The signed amount, or null when the row leaves the amount cells blank. */
	private @Nullable BigDecimal amount(CsvRecord record) {
		Integer single = this.mapping.amountColumn();
		if (single != null) {
			String cell = required(record, single, "the amount");
			Parsed parsed = number(record, single, cell);
			if (parsed == null) {
				return null;
			}
			this.statement.sawCurrency(parsed.currency());
			BigDecimal value = parsed.value();
			if (this.mapping.flagColumn() != null) {
				boolean debit = FlagColumn.isDebit(record.cell(this.mapping.flagColumn()), this.mapping.debitFlags());
				return debit ? value.abs().negate() : value.abs();
			}
			return (this.mapping.sign() == Sign.POSITIVE_IS_OUT) ? value.negate() : value;
		}
		Parsed debit = number(record, this.mapping.debitColumn(), record.cell(this.mapping.debitColumn()));
		Parsed credit = number(record, this.mapping.creditColumn(), record.cell(this.mapping.creditColumn()));
		if (debit == null && credit == null) {
			return null;
		}
		BigDecimal value = (credit != null) ? credit.value() : BigDecimal.ZERO;
		this.statement.sawCurrency((credit != null) ? credit.currency() : debit.currency());
		return (debit != null) ? value.subtract(debit.value().abs()) : value;
	}

	/**
	 * The cell's amount, null for a blank cell; a cell that is no number stops the
	 * reading.
	 */
	private @Nullable Parsed number(CsvRecord record, int column, String cell) {
		if (isNoAmount(cell)) {
			return null;
		}
		Parsed parsed = this.format.parse(cell);
		if (parsed == null) {
			throw new BadFileException(record.line(), quoted(cell) + " in " + column(column)
					+ " is not an amount with the decimal separator " + quoted(this.mapping.decimalSeparator()));
		}
		return parsed;
	}

	private @Nullable BigDecimal balance(CsvRecord record) {
		Integer column = this.mapping.balanceColumn();
		String cell = (column != null) ? record.cell(column) : "";
		Parsed parsed = cell.isEmpty() ? null : this.format.parse(cell);
		return (parsed != null) ? parsed.value() : null;
	}

	private String required(CsvRecord record, int column, String what) {
		if (!record.has(column)) {
			throw new BadFileException(record.line(), "the row has " + record.width()
					+ " columns, but the mapping reads " + what + " from " + column(column));
		}
		return record.cell(column);
	}

	/**
	 * The description columns' text, each cell once; for a continuation line without text
	 * there, all its text.
	 */
	private String text(CsvRecord record, boolean continuation) {
		List<String> parts = new ArrayList<>();
		for (int column : this.mapping.descriptionColumns()) {
			StatementDraft.addOnce(parts, record.cell(column));
		}
		if (parts.isEmpty() && continuation) {
			record.cells().forEach((cell) -> StatementDraft.addOnce(parts, cell.strip()));
		}
		return String.join(" ", parts);
	}

	private static @Nullable String cell(CsvRecord record, @Nullable Integer column) {
		String cell = (column != null) ? StatementDraft.collapse(record.cell(column)) : "";
		return cell.isEmpty() ? null : cell;
	}

	private String column(int column) {
		String name = (column < this.header.size()) ? this.header.get(column) : "";
		return "column " + (column + 1) + (name.isEmpty() ? "" : " (" + name + ")");
	}

	private static String quoted(String text) {
		return "\"" + text + "\"";
	}

}
