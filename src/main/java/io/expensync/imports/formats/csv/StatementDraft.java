package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.imports.formats.Statement;
import io.expensync.imports.formats.StatementRow;
import io.expensync.imports.formats.csv.CsvMapping.Sign;
import org.jspecify.annotations.Nullable;

/**
 * The rows read so far, whose text a continuation line may still extend, and the
 * currencies they named; at the end, the statement.
 */
final class StatementDraft {

	private static final Pattern CODE_IN_HEADER = Pattern.compile("\\b([A-Z]{3})\\b");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final List<Row> rows = new ArrayList<>();

	private final Set<String> currencies = new LinkedHashSet<>();

	void add(int line, LocalDate date, BigDecimal amount, String text, @Nullable String payee,
			@Nullable String category, @Nullable String bankId, @Nullable BigDecimal balance,
			@Nullable String currency) {
		Row row = new Row(line, date, amount, payee, category, bankId, balance);
		addOnce(row.text, text);
		this.rows.add(row);
		sawCurrency(currency);
	}

	/**
	 * @return false when there is no row to continue
	 */
	boolean continueText(String text) {
		if (this.rows.isEmpty()) {
			return false;
		}
		addOnce(this.rows.get(this.rows.size() - 1).text, text);
		return true;
	}

	void sawCurrency(@Nullable String code) {
		if (code != null && AmountFormat.isCurrencyCode(code.strip())) {
			this.currencies.add(code.strip());
		}
	}

	Statement toStatement(CsvMapping mapping, List<String> header, List<String> warnings) {
		List<StatementRow> rows = new ArrayList<>();
		for (Row row : this.rows) {
			String text = String.join(" ", row.text);
			String description = !text.isEmpty() ? text : (row.payee != null) ? row.payee : "(no text)";
			rows.add(new StatementRow(row.line, row.date, row.amount, description, row.payee, row.bankId, row.category,
					List.of()));
		}
		if (this.currencies.size() > 1) {
			warnings.add("The rows are in several currencies: " + String.join(", ", this.currencies) + ".");
		}
		String currency = (this.currencies.size() == 1) ? this.currencies.iterator().next()
				: this.currencies.isEmpty() ? currencyInHeader(mapping, header) : null;
		warnAboutSigns(mapping, rows, warnings);
		return new Statement(null, currency, rows, closingBalance());
	}

	/** A single column of amounts without signs cannot say which way the money went. */
	private static void warnAboutSigns(CsvMapping mapping, List<StatementRow> rows, List<String> warnings) {
		if (mapping.amountColumn() == null || mapping.flagColumn() != null) {
			return;
		}
		if (mapping.sign() == Sign.POSITIVE_IS_OUT) {
			warnings.add("Positive amounts are read as money out, as card statements list charges; "
					+ "change the sign in the mapping if this is a bank account.");
		}
		else if (rows.size() > 1 && rows.stream().allMatch((row) -> row.amount().signum() > 0)) {
			warnings.add("Every amount is positive, so every row is read as money in; "
					+ "if they are charges, read positive amounts as money out.");
		}
	}

	/** "Betrag (EUR)", "Withdrawals (SGD)": the code in the amount column's header. */
	private static @Nullable String currencyInHeader(CsvMapping mapping, List<String> header) {
		for (Integer column : new Integer[] { mapping.amountColumn(), mapping.debitColumn(), mapping.creditColumn() }) {
			if (column != null && column < header.size()) {
				Matcher code = CODE_IN_HEADER.matcher(header.get(column));
				while (code.find()) {
					if (AmountFormat.isCurrencyCode(code.group(1))) {
						return code.group(1);
					}
				}
			}
		}
		return null;
	}

	/**
	 * The balance after the latest row, when the rows run in date order one way or the
	 * other; files sorted otherwise do not say which row came last.
	 */
	private @Nullable BigDecimal closingBalance() {
		if (this.rows.isEmpty()) {
			return null;
		}
		boolean rising = true;
		boolean falling = true;
		for (int i = 1; i < this.rows.size(); i++) {
			int compare = this.rows.get(i).date.compareTo(this.rows.get(i - 1).date);
			rising &= compare >= 0;
			falling &= compare <= 0;
		}
		Row first = this.rows.get(0);
		Row last = this.rows.get(this.rows.size() - 1);
		if (rising) {
			return last.balance;
		}
		return falling ? first.balance : null;
	}

	/**
	 * Adds the cell's text, with its runs of spaces collapsed, unless it is blank or
	 * already there.
	 */
	static void addOnce(List<String> parts, String cell) {
		String text = collapse(cell);
		if (!text.isEmpty() && parts.stream().noneMatch((part) -> part.contains(text))) {
			parts.add(text);
		}
	}

	static String collapse(String text) {
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	private static final class Row {

		final int line;

		final LocalDate date;

		final BigDecimal amount;

		final List<String> text = new ArrayList<>();

		final @Nullable String payee;

		final @Nullable String category;

		final @Nullable String bankId;

		final @Nullable BigDecimal balance;

		Row(int line, LocalDate date, BigDecimal amount, @Nullable String payee, @Nullable String category,
				@Nullable String bankId, @Nullable BigDecimal balance) {
			this.line = line;
			this.date = date;
			this.amount = amount;
			this.payee = payee;
			this.category = category;
			this.bankId = bankId;
			this.balance = balance;
		}

	}

}
