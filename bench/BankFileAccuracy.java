import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.Statement;
import io.expensync.imports.formats.StatementFiles;
import io.expensync.imports.formats.StatementRow;

/**
 * Reads every file under a folder as the importer does (format and encoding from the
 * content, a CSV's columns proposed) and prints what it found per file. With a file of
 * expected values (tab-separated: path relative to the folder, rows, signed sum, first
 * date, last date, and optionally a text the first row's description or payee holds),
 * it checks each file against them and prints, as its last line:
 * {@code files=N read=… refused=… expected=… right=… rows_expected=… rows_right=…}.
 */
public class BankFileAccuracy {

	record Expected(int rows, BigDecimal sum, LocalDate first, LocalDate last, String text) {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		Map<String, Expected> expected = (args.length > 1) ? expected(Path.of(args[1])) : Map.of();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
				.sorted(Comparator.comparing(Path::toString))
				.toList();
		}
		int read = 0;
		int refused = 0;
		int checked = 0;
		int right = 0;
		int rowsExpected = 0;
		int rowsRight = 0;
		for (Path file : files) {
			String name = folder.relativize(file).toString();
			Expected want = expected.get(name);
			List<StatementRow> rows = new ArrayList<>();
			String found;
			try {
				StatementFiles.Read result = StatementFiles.read(Files.readAllBytes(file), null, ReadLimits.DEFAULT);
				result.statements().stream().map(Statement::rows).forEach(rows::addAll);
				found = "%s %s rows=%d sum=%s dates=%s..%s".formatted(result.format(), result.encoding(), rows.size(),
						sum(rows).toPlainString(), first(rows), last(rows));
				read++;
			}
			catch (RuntimeException ex) {
				found = "refused: " + ex.getMessage();
				refused++;
			}
			String verdict = "";
			if (want != null) {
				checked++;
				rowsExpected += want.rows();
				boolean ok = rows.size() == want.rows() && sum(rows).compareTo(want.sum()) == 0
						&& want.first().equals(first(rows)) && want.last().equals(last(rows))
						&& (want.text().isEmpty() || holds(rows.get(0), want.text()));
				if (ok) {
					right++;
					rowsRight += rows.size();
				}
				verdict = ok ? "  RIGHT" : "  WRONG (expected rows=%d sum=%s dates=%s..%s%s)".formatted(want.rows(),
						want.sum().toPlainString(), want.first(), want.last(),
						want.text().isEmpty() ? "" : " text=" + want.text());
			}
			System.out.println(name + ": " + found + verdict);
		}
		System.out.printf(Locale.ROOT, "files=%d read=%d refused=%d expected=%d right=%d rows_expected=%d rows_right=%d%n",
				files.size(), read, refused, checked, right, rowsExpected, rowsRight);
	}

	private static Map<String, Expected> expected(Path tsv) throws IOException {
		Map<String, Expected> expected = new HashMap<>();
		for (String line : Files.readAllLines(tsv)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			expected.put(cells[0], new Expected(Integer.parseInt(cells[1]), new BigDecimal(cells[2]),
					LocalDate.parse(cells[3]), LocalDate.parse(cells[4]), (cells.length > 5) ? cells[5] : ""));
		}
		return expected;
	}

	private static boolean holds(StatementRow row, String text) {
		String wanted = text.toLowerCase(Locale.ROOT);
		return row.description().toLowerCase(Locale.ROOT).contains(wanted)
				|| (row.payee() != null && row.payee().toLowerCase(Locale.ROOT).contains(wanted));
	}

	private static BigDecimal sum(List<StatementRow> rows) {
		return rows.stream().map(StatementRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static LocalDate first(List<StatementRow> rows) {
		return rows.stream().map(StatementRow::date).min(Comparator.naturalOrder()).orElse(null);
	}

	private static LocalDate last(List<StatementRow> rows) {
		return rows.stream().map(StatementRow::date).max(Comparator.naturalOrder()).orElse(null);
	}

}
