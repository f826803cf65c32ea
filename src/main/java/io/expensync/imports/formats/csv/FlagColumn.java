package io.expensync.imports.formats.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.expensync.imports.formats.csv.AmountFormat.Parsed;
import org.jspecify.annotations.Nullable;

/**
 * A column that says whether a row is money out or in: D/C, DR/CR, S/H (Soll/Haben), D/K,
 * Af/Bij, debit/credit, outflow/inflow, Kiadás/Bevétel. A column that marks only one side
 * ("CR" beside blank cells) means the other side by its blanks.
 */
record FlagColumn(int index, List<String> debitValues) {

	private static final Set<String> DEBITS = Set.of("d", "dr", "debit", "debet", "s", "soll", "outflow", "out",
			"withdrawal", "af", "kiadas", "ausgang", "cargo", "addebito", "vydaj", "dbit", "-", "debito", "lastschrift",
			"belastung");

	private static final Set<String> CREDITS = Set.of("c", "cr", "credit", "k", "h", "haben", "inflow", "in", "deposit",
			"bij", "bevetel", "eingang", "abono", "accredito", "prijem", "crdt", "+", "credito", "gutschrift");

	FlagColumn {
		debitValues = List.copyOf(debitValues);
	}

	/**
	 * The first text column of flags beside the amounts. When the amounts carry their own
	 * signs the flag must agree with every one of them, so a column of codes that merely
	 * look like flags ("C" for cleared) changes nothing.
	 */
	static @Nullable FlagColumn find(List<ColumnProfile> columns, ColumnProfile amounts, @Nullable Integer balance) {
		for (ColumnProfile column : columns) {
			if (column == amounts || Integer.valueOf(column.index).equals(balance) || !column.isText()) {
				continue;
			}
			boolean named = column.hint(HeaderHint.FLAG)
					|| (column.hint(HeaderHint.DEBIT) && column.hint(HeaderHint.CREDIT));
			List<String> debits = debitValues(column.values, named);
			if (debits != null && agrees(column, debits, amounts)) {
				return new FlagColumn(column.index, debits);
			}
		}
		return null;
	}

	private static boolean agrees(ColumnProfile flags, List<String> debits, ColumnProfile amounts) {
		if (!amounts.hasNegative()) {
			return true;
		}
		for (int row = 0; row < flags.values.size(); row++) {
			Parsed amount = amounts.amounts.get(row);
			if (amount != null && amount.value().signum() != 0
					&& isDebit(flags.values.get(row), debits) != (amount.value().signum() < 0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The values that mark money out, "" standing for a blank cell, or null when the
	 * column is no flag column.
	 * @param values the column's cells, blank ones included
	 * @param headerSaysFlag whether the header names a flag column, which single letters
	 * (D, C, S, H, K) need unless both sides occur
	 */
	static @Nullable List<String> debitValues(List<String> values, boolean headerSaysFlag) {
		Set<String> debits = new LinkedHashSet<>();
		Set<String> credits = new LinkedHashSet<>();
		boolean blanks = false;
		for (String value : values) {
			String plain = HeaderHint.plain(value);
			if (plain.isEmpty()) {
				blanks = true;
			}
			else if (DEBITS.contains(plain)) {
				debits.add(plain);
			}
			else if (CREDITS.contains(plain)) {
				credits.add(plain);
			}
			else {
				return null;
			}
		}
		boolean bothSides = !debits.isEmpty() && !credits.isEmpty();
		boolean shortWords = debits.stream().anyMatch((word) -> word.length() == 1)
				|| credits.stream().anyMatch((word) -> word.length() == 1);
		if ((debits.isEmpty() && credits.isEmpty()) || (shortWords && !bothSides && !headerSaysFlag)
				|| (!bothSides && !blanks)) {
			return null;
		}
		List<String> result = new ArrayList<>(debits);
		if (debits.isEmpty()) {
			result.add("");
		}
		return result;
	}

	/** Whether the cell marks money out, under the mapping's debit values. */
	static boolean isDebit(String cell, List<String> debitValues) {
		String plain = HeaderHint.plain(cell);
		return debitValues.stream().anyMatch((value) -> HeaderHint.plain(value).equals(plain));
	}

}
