package io.expensync.imports.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads Quicken Interchange Format (QIF) files: bank, cash, credit-card, other-asset and
 * other-liability accounts, one {@link Statement} per account in the file.
 * <p>
 * QIF states no currency, bank ids or closing balance, so those stay empty. Investment
 * accounts are skipped with a warning, or refused when the file holds nothing else.
 * <p>
 * A record ends with a {@code ^} line. The file's last record may lack it: many programs
 * leave it out, so the record is kept when it is complete (a date, an amount, and split
 * parts that add up to it), and refused as a cut-off file when it is not.
 */
public final class QifReader {

	/**
	 * @param text the whole file, already decoded
	 * @param limits the most rows and the longest line read
	 * @return the file's accounts and what was skipped or doubtful in it
	 * @throws BadFileException naming the line when the file cannot be read
	 */
	public Result read(String text, ReadLimits limits) {
		List<String> warnings = new ArrayList<>();
		QifSections file = QifSections.scan(text, limits, warnings);
		List<QifRecord> records = new ArrayList<>();
		file.accounts().forEach((section) -> records.addAll(section.records()));
		QifRows rows = new QifRows(QifDates.decide(dates(records)), QifAmounts.decide(amounts(records)), warnings);
		Map<String, List<StatementRow>> accounts = new LinkedHashMap<>();
		Map<String, @Nullable String> names = new LinkedHashMap<>();
		for (QifSection section : file.accounts()) {
			// Sections without an !Account block are told apart by their type only.
			String key = (section.account() != null) ? "account:" + section.account()
					: "type:" + section.type().toLowerCase(Locale.ROOT);
			names.put(key, section.account());
			List<StatementRow> target = accounts.computeIfAbsent(key, (k) -> new ArrayList<>());
			section.records().forEach((record) -> target.add(rows.read(record)));
		}
		if (accounts.isEmpty()) {
			throw nothingToImport(file);
		}
		List<Statement> statements = new ArrayList<>();
		accounts.forEach((key, list) -> statements.add(new Statement(names.get(key), null, list, null)));
		return new Result(statements, warnings);
	}

	private static List<QifRecord.Field> dates(List<QifRecord> records) {
		List<QifRecord.Field> dates = new ArrayList<>();
		for (QifRecord record : records) {
			QifRecord.Field date = record.date();
			if (date != null) {
				dates.add(date);
			}
		}
		return dates;
	}

	private static List<QifRecord.Field> amounts(List<QifRecord> records) {
		return records.stream()
			.flatMap((record) -> record.fields().stream())
			.filter(QifRecord.Field::isAmount)
			.toList();
	}

	private static BadFileException nothingToImport(QifSections file) {
		if (!file.investments().isEmpty()) {
			QifSection first = file.investments().get(0);
			return new BadFileException(first.line(), "the file holds only investment accounts (!Type:" + first.type()
					+ "); ExpenSync imports bank, cash, credit-card, asset and liability accounts");
		}
		return new BadFileException(0, "the file holds no account's transactions, only lists (categories, classes"
				+ " or securities); export an account from your finance program instead");
	}

	/**
	 * What a QIF file holds.
	 *
	 * @param statements one per account, in the file's order; never empty
	 * @param warnings what was skipped or looks wrong, each naming its line, for the
	 * preview
	 */
	public record Result(List<Statement> statements, List<String> warnings) {

		public Result {
			statements = List.copyOf(statements);
			warnings = List.copyOf(warnings);
		}

	}

}
