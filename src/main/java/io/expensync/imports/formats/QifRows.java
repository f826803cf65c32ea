package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.expensync.imports.formats.QifRecord.Field;
import org.jspecify.annotations.Nullable;

/**
 * Reads QIF transaction records as statement rows, with the date and amount conventions
 * decided for the whole file.
 * <p>
 * A row's amount is its {@code T} line, or its {@code U} line (which newer Quicken
 * versions write beside it) where {@code T} is missing. A row's description is its memo
 * ({@code M}), else its payee ({@code P}), else its category ({@code L}). Categories drop
 * their class ({@code Food/Family} is {@code Food}); a transfer keeps its account in
 * brackets ({@code [Savings]}) as its category. The number ({@code N}), cleared flag
 * ({@code C}), address lines ({@code A}) and the codes only other programs write are read
 * past.
 */
final class QifRows {

	/** The description of a row that has no memo, payee or category. */
	static final String NO_TEXT = "(no text in the file)";

	private final QifDates dates;

	private final QifAmounts amounts;

	private final List<String> warnings;

	QifRows(QifDates dates, QifAmounts amounts, List<String> warnings) {
		this.dates = dates;
		this.amounts = amounts;
		this.warnings = warnings;
	}

	StatementRow read(QifRecord record) {
		Draft draft = new Draft(record);
		for (Field field : record.fields()) {
			draft.add(field);
		}
		return draft.row();
	}

	private static @Nullable String text(Field field) {
		return field.value().isEmpty() ? null : field.value();
	}

	private static @Nullable String category(Field field) {
		String value = field.value();
		// A category's class follows a slash; an account's name in brackets may hold one.
		int from = value.startsWith("[") ? Math.max(value.indexOf(']'), 0) : 0;
		int slash = value.indexOf('/', from);
		String category = ((slash >= 0) ? value.substring(0, slash) : value).strip();
		return category.isEmpty() ? null : category;
	}

	private static final class PartDraft {

		private final int line;

		private final @Nullable String category;

		private @Nullable String memo;

		private @Nullable Field amount;

		PartDraft(int line, @Nullable String category) {
			this.line = line;
			this.category = category;
		}

	}

	private final class Draft {

		private final QifRecord record;

		private @Nullable Field date;

		private @Nullable Field total;

		private @Nullable Field otherTotal;

		private @Nullable String payee;

		private @Nullable String memo;

		private @Nullable String category;

		private final List<PartDraft> parts = new ArrayList<>();

		Draft(QifRecord record) {
			this.record = record;
		}

		void add(Field field) {
			switch (field.code()) {
				// A date after the split lines is a split's own, which quiffen writes;
				// the row has one date.
				case 'D' -> this.date = this.parts.isEmpty() ? once(this.date, field, "date") : this.date;
				case 'T' -> this.total = once(this.total, field, "amount (T)");
				case 'U' -> this.otherTotal = once(this.otherTotal, field, "amount (U)");
				case 'P' -> this.payee = text(field);
				case 'M' -> this.memo = text(field);
				case 'L' -> this.category = category(field);
				case 'S' -> this.parts.add(new PartDraft(field.line(), category(field)));
				case 'E' -> part(field, this.parts.isEmpty() || last().memo != null).memo = text(field);
				case '$' -> part(field, this.parts.isEmpty() || last().amount != null).amount = field;
				default -> {
					// N, C, A, % and other programs' codes: nothing a row keeps.
				}
			}
		}

		StatementRow row() {
			Field amountLine = (this.total != null) ? this.total : this.otherTotal;
			if (this.date == null || amountLine == null) {
				throw incomplete(this.record.line(), (this.date == null) ? "date (D line)" : "amount (T line)");
			}
			LocalDate day = QifRows.this.dates.read(this.date);
			BigDecimal amount = QifRows.this.amounts.read(amountLine);
			List<StatementRow.Part> split = split();
			checkSum(amount, split);
			String description = (this.memo != null) ? this.memo
					: (this.payee != null) ? this.payee : (this.category != null) ? this.category : NO_TEXT;
			return new StatementRow(this.record.line(), day, amount, description, this.payee, null, this.category,
					split);
		}

		private List<StatementRow.Part> split() {
			List<StatementRow.Part> split = new ArrayList<>();
			for (PartDraft part : this.parts) {
				if (part.amount == null) {
					throw incomplete(part.line, "amount for the split on line " + part.line + " ($ line)");
				}
				split.add(new StatementRow.Part(part.category, QifRows.this.amounts.read(part.amount), part.memo));
			}
			return split;
		}

		private void checkSum(BigDecimal amount, List<StatementRow.Part> split) {
			BigDecimal sum = split.stream().map(StatementRow.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (split.isEmpty() || sum.compareTo(amount) == 0) {
				return;
			}
			if (!this.record.terminated()) {
				throw incomplete(this.record.line(), "split lines for its whole amount");
			}
			QifRows.this.warnings
				.add("Line " + this.record.line() + ": the split parts add up to " + sum.toPlainString()
						+ ", not to the row's amount " + amount.toPlainString() + "; the row keeps its amount");
		}

		private BadFileException incomplete(int line, String missing) {
			if (this.record.terminated()) {
				return new BadFileException(line, "the record has no " + missing);
			}
			return new BadFileException(this.record.line(), "the record that starts here has no " + missing
					+ " and no ^ line to end it: the file looks cut off");
		}

		private Field once(@Nullable Field earlier, Field field, String what) {
			if (earlier != null) {
				throw new BadFileException(field.line(), "a second " + what + " in the record that starts on line "
						+ this.record.line() + "; the ^ line that ends a record is probably missing before this line");
			}
			return field;
		}

		private PartDraft part(Field field, boolean startsNew) {
			if (startsNew) {
				this.parts.add(new PartDraft(field.line(), null));
			}
			return last();
		}

		private PartDraft last() {
			return this.parts.get(this.parts.size() - 1);
		}

	}

}
