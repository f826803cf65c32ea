package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import io.expensync.imports.formats.csv.AmountFormat.Parsed;
import org.jspecify.annotations.Nullable;

/**
 * What the values of one column look like over the sampled rows: dates, numbers, text,
 * currency codes, account numbers or card numbers.
 */
final class ColumnProfile {

	private static final Pattern ACCOUNT = Pattern
		.compile("[A-Z]{2}\\d{2}[A-Z0-9 ]{10,32}|[\\d][\\d /.\\-]{4,}\\d|\\d{5,}");

	private static final Pattern CARD = Pattern.compile(".*[*xX•#]{3,}[\\s-]*\\d{4}.*|\\d{4}[\\s-]*[*xX•#]{4,}.*");

	private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

	private static final Pattern NUMBERING = Pattern.compile("\\d{6,}|0\\d+");

	final int index;

	final String header;

	/** One cell per sampled row, trimmed, "" where the row is short. */
	final List<String> values;

	final int filled;

	final @Nullable DatePattern date;

	/** One amount per sampled row, null where the cell is blank or no number. */
	final List<@Nullable Parsed> amounts;

	private final int numbers;

	ColumnProfile(int index, String header, List<CsvRecord> rows, AmountFormat format, boolean dollars) {
		this.index = index;
		this.header = header;
		this.values = rows.stream().map((row) -> row.cell(index)).toList();
		List<String> filledValues = this.values.stream().filter((value) -> !value.isEmpty()).toList();
		this.filled = filledValues.size();
		this.date = DateColumn.detect(filledValues, dollars);
		List<@Nullable Parsed> amounts = new ArrayList<>();
		for (String value : this.values) {
			amounts.add(value.isEmpty() ? null : format.parse(value));
		}
		this.amounts = Collections.unmodifiableList(amounts);
		this.numbers = (int) amounts.stream().filter((amount) -> amount != null).count();
	}

	boolean hint(HeaderHint hint) {
		return hint.in(this.header);
	}

	boolean isDate() {
		return this.date != null;
	}

	/** Most filled cells are numbers, and the column is no date column. */
	boolean isNumeric() {
		return this.date == null && this.filled > 0 && this.numbers >= DateColumn.SHARE * this.filled;
	}

	boolean isEmpty() {
		return this.filled == 0;
	}

	/** Neither dates nor numbers: text, or nothing at all. */
	boolean isText() {
		return this.date == null && !isNumeric();
	}

	List<BigDecimal> numbers() {
		return this.amounts.stream().filter((amount) -> amount != null).map(Parsed::value).toList();
	}

	boolean hasFraction() {
		return this.amounts.stream().anyMatch((amount) -> amount != null && amount.fraction());
	}

	boolean hasNegative() {
		return numbers().stream().anyMatch((value) -> value.signum() < 0);
	}

	boolean hasPositive() {
		return numbers().stream().anyMatch((value) -> value.signum() > 0);
	}

	/**
	 * Digits only, six or more or with a leading zero, in every filled cell: ids and
	 * account numbers, not amounts.
	 */
	boolean looksLikeNumbering() {
		return this.filled > 0 && this.values.stream()
			.filter((value) -> !value.isEmpty())
			.allMatch((value) -> NUMBERING.matcher(value).matches());
	}

	/** Every filled cell holds the same value, over three rows or more. */
	/** Two rows or more, all with the same value. */
	boolean isSameInEveryRow() {
		return this.values.size() >= 2 && this.filled == this.values.size()
				&& this.values.stream().distinct().count() == 1;
	}

	boolean isConstant() {
		return this.values.size() >= 3 && this.filled == this.values.size()
				&& this.values.stream().distinct().count() == 1;
	}

	boolean isCurrencyCodes() {
		return this.filled > 0 && this.values.stream()
			.filter((value) -> !value.isEmpty())
			.allMatch((value) -> CURRENCY_CODE.matcher(value).matches() && AmountFormat.isCurrencyCode(value));
	}

	/** IBANs and account or card numbers: no one's name or text. */
	boolean isAccountNumbers() {
		return this.filled > 0 && this.values.stream()
			.filter((value) -> !value.isEmpty())
			.allMatch((value) -> ACCOUNT.matcher(value).matches() || CARD.matcher(value).matches());
	}

	boolean isCardNumbers() {
		return this.filled > 0 && this.values.stream()
			.filter((value) -> !value.isEmpty())
			.allMatch((value) -> CARD.matcher(value).matches());
	}

	double averageLength() {
		return this.values.stream().filter((value) -> !value.isEmpty()).mapToInt(String::length).average().orElse(0);
	}

	/** Filled in at least this share of the sampled rows. */
	boolean filledIn(double share) {
		return this.filled >= share * this.values.size();
	}

}
