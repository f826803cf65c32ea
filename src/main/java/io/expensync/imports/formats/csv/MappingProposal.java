package io.expensync.imports.formats.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Proposes a {@link CsvMapping} from a file's content: its dialect, its layout, then what
 * each column of the first rows holds.
 */
final class MappingProposal {

	/**
	 * Time zones of the United States as its exports name them beside the time: a hint,
	 * like dollar amounts, that {@code 6/4/2016} is the 4th of June.
	 */
	private static final Set<String> US_TIME_ZONES = Set.of("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
			"AKST", "AKDT", "HST");

	/** The records read to propose a mapping; a bank's layout shows in far fewer. */
	private static final int SAMPLE = 500;

	private MappingProposal() {
	}

	static CsvMapping propose(String text, ReadLimits limits) {
		Dialect dialect = Dialect.detect(text, limits);
		List<CsvRecord> records = CsvTokenizer.first(text, dialect.delimiter(), dialect.quote(), limits, SAMPLE);
		Layout layout = Layout.detect(records);
		List<CsvRecord> rows = sample(records.subList(Math.min(layout.firstRecord(), records.size()), records.size()),
				layout.headerCells().size());
		int firstLine = rows.isEmpty() ? layout.preambleLines() + 1 : rows.get(0).line();
		if (rows.isEmpty()) {
			throw new BadFileException(firstLine, "the file holds no rows");
		}
		AmountFormat format = AmountFormat.detect(rows.stream()
			.flatMap((row) -> row.cells().stream())
			.filter((cell) -> !DateColumn.isDate(cell))
			.toList(), dialect.delimiter() == ';');
		boolean dollars = rows.stream()
			.flatMap((row) -> row.cells().stream())
			.anyMatch((cell) -> US_TIME_ZONES.contains(cell.strip()) || isDollars(format.parse(cell)));
		int width = Math.max(layout.headerCells().size(), rows.stream().mapToInt(CsvRecord::width).max().orElse(0));
		List<ColumnProfile> columns = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			String header = (i < layout.headerCells().size()) ? layout.headerCells().get(i) : "";
			columns.add(new ColumnProfile(i, header, rows, format, dollars));
		}
		ColumnProfile date = dateColumn(columns, firstLine);
		AmountColumns amounts = AmountColumns.choose(columns, date.index);
		if (amounts == null) {
			throw new BadFileException(firstLine, "no column holds amounts");
		}
		Set<Integer> taken = new HashSet<>(List.of(date.index));
		for (Integer column : new Integer[] { amounts.amount(), amounts.debit(), amounts.credit(), amounts.balance(),
				amounts.flag() }) {
			if (column != null) {
				taken.add(column);
			}
		}
		columns.stream().filter(ColumnProfile::isDate).forEach((column) -> taken.add(column.index));
		TextColumns texts = TextColumns.choose(columns, taken, layout.header());
		return new CsvMapping(String.valueOf(dialect.delimiter()),
				(dialect.quote() != 0) ? String.valueOf(dialect.quote()) : "", layout.preambleLines(), layout.header(),
				date.index, date.date.pattern(), amounts.amount(), amounts.debit(), amounts.credit(), amounts.flag(),
				amounts.debitFlags(), amounts.sign(), String.valueOf(format.decimalSeparator()), texts.descriptions(),
				texts.payee(), texts.currency(), texts.category(), texts.bankId(), amounts.balance());
	}

	/**
	 * The rows that show the columns' types: transactions as wide as most rows, without
	 * balance or pending rows and without the continuation lines some banks wrap long
	 * text onto.
	 */
	private static List<CsvRecord> sample(List<CsvRecord> records, int headerWidth) {
		List<CsvRecord> filled = records.stream().filter((record) -> !record.isBlank()).toList();
		int width = (headerWidth > 1) ? headerWidth : Dialect.typicalWidth(filled);
		return filled.stream()
			.filter((record) -> record.filledCells() >= 2 && (record.width() >= width - 1 || Layout.isDataLike(record)))
			.filter((record) -> SkippedRows.reason(record.cells()) == null)
			.toList();
	}

	/**
	 * The booking date over other dates: "Buchungstag" over "Valutadatum", "Posted Date"
	 * over "Transaction Date", "date" over "created_at", a date that changes from row to
	 * row over one repeated on every row; without header words the first date column.
	 */
	private static ColumnProfile dateColumn(List<ColumnProfile> columns, int firstLine) {
		List<ColumnProfile> dates = columns.stream()
			.filter((column) -> column.isDate() && column.filledIn(0.5))
			.toList();
		boolean someChange = dates.stream().anyMatch((column) -> !column.isSameInEveryRow());
		return dates.stream()
			.max(Comparator
				.comparingInt(
						(ColumnProfile column) -> (someChange && column.isSameInEveryRow()) ? -1 : dateRank(column))
				.thenComparing(Comparator.comparingInt((ColumnProfile column) -> column.index).reversed()))
			.orElseThrow(() -> new BadFileException(firstLine, "no column holds dates"));
	}

	private static boolean isDollars(AmountFormat.@Nullable Parsed amount) {
		return amount != null && "$".equals(amount.currency());
	}

	private static int dateRank(ColumnProfile column) {
		if (column.hint(HeaderHint.VALUE_DATE) || column.hint(HeaderHint.RECORD_DATE)) {
			return 0;
		}
		return column.hint(HeaderHint.BOOKING_DATE) ? 2 : 1;
	}

}
