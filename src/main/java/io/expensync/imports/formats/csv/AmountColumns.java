package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.expensync.imports.formats.csv.AmountFormat.Parsed;
import io.expensync.imports.formats.csv.CsvMapping.Sign;
import org.jspecify.annotations.Nullable;

/**
 * Which numeric columns hold the money: one signed amount column, or a debit and a credit
 * column, and beside them a running balance and a debit/credit flag. Header words rank
 * the columns whose values are numbers; without a header the values decide alone.
 */
record AmountColumns(@Nullable Integer amount, @Nullable Integer debit, @Nullable Integer credit,
		@Nullable Integer balance, @Nullable Integer flag, List<String> debitFlags, Sign sign) {

	AmountColumns {
		debitFlags = List.copyOf(debitFlags);
	}

	/** The columns, or null when no column holds amounts. */
	static @Nullable AmountColumns choose(List<ColumnProfile> columns, int dateColumn) {
		List<ColumnProfile> numeric = columns.stream()
			.filter((column) -> column.index != dateColumn && column.isNumeric())
			.toList();
		List<ColumnProfile> balances = new ArrayList<>(
				numeric.stream().filter((column) -> column.hint(HeaderHint.BALANCE)).toList());
		List<ColumnProfile> usable = numeric.stream()
			.filter((column) -> !balances.contains(column) && !column.hint(HeaderHint.NOT_AMOUNT))
			.filter((column) -> column.hint(HeaderHint.AMOUNT) || !column.looksLikeNumbering())
			.toList();
		// a debit or credit column may be empty in a short file: OCBC's deposits
		List<ColumnProfile> splits = columns.stream()
			.filter((column) -> column.index != dateColumn && (column.isEmpty() || usable.contains(column)))
			.toList();
		AmountColumns chosen = byHeader(usable);
		if (chosen == null) {
			chosen = pair(usable, splits);
		}
		if (chosen == null) {
			List<ColumnProfile> amounts = usable.stream()
				.filter((candidate) -> usable.stream()
					.noneMatch((other) -> other != candidate
							&& RunningBalance.runs(candidate, RunningBalance.moves(other))))
				.toList();
			chosen = amounts.stream()
				.max(Comparator.comparingInt(AmountColumns::score)
					.thenComparing(Comparator.comparingInt((ColumnProfile column) -> column.index).reversed()))
				.map((column) -> single(column.index))
				.orElse(null);
		}
		return (chosen != null) ? chosen.withBalance(columns, usable, balances).withFlag(columns) : null;
	}

	private static AmountColumns single(int column) {
		return new AmountColumns(column, null, null, null, null, List.of(), Sign.NEGATIVE_IS_OUT);
	}

	/**
	 * A column the header calls an amount (and not a debit or credit), filled in nearly
	 * every row.
	 */
	private static @Nullable AmountColumns byHeader(List<ColumnProfile> usable) {
		return usable.stream()
			.filter((column) -> column.hint(HeaderHint.AMOUNT) && !column.hint(HeaderHint.DEBIT)
					&& !column.hint(HeaderHint.CREDIT) && column.filledIn(0.5))
			.findFirst()
			.map((column) -> single(column.index))
			.orElse(null);
	}

	/**
	 * Debit and credit columns: named so by the header, or two columns of which each row
	 * fills one only; without names the left one is the debit column, as it is in most
	 * banks' layouts.
	 */
	private static @Nullable AmountColumns pair(List<ColumnProfile> usable, List<ColumnProfile> splits) {
		ColumnProfile debit = splits.stream()
			.filter((column) -> column.hint(HeaderHint.DEBIT) && !column.hint(HeaderHint.CREDIT))
			.findFirst()
			.orElse(null);
		ColumnProfile credit = splits.stream()
			.filter((column) -> column.hint(HeaderHint.CREDIT) && !column.hint(HeaderHint.DEBIT))
			.findFirst()
			.orElse(null);
		if (debit != null && credit != null && !(debit.isEmpty() && credit.isEmpty())) {
			return new AmountColumns(null, debit.index, credit.index, null, null, List.of(), Sign.NEGATIVE_IS_OUT);
		}
		for (int i = 0; i < usable.size(); i++) {
			for (int j = i + 1; j < usable.size(); j++) {
				if (exclusive(usable.get(i), usable.get(j))) {
					return new AmountColumns(null, usable.get(i).index, usable.get(j).index, null, null, List.of(),
							Sign.NEGATIVE_IS_OUT);
				}
			}
		}
		return null;
	}

	/** Each row fills at most one of the two, and together they fill nearly every row. */
	private static boolean exclusive(ColumnProfile left, ColumnProfile right) {
		int either = 0;
		for (int row = 0; row < left.values.size(); row++) {
			boolean inLeft = isNonZero(left.amounts.get(row));
			boolean inRight = isNonZero(right.amounts.get(row));
			if (inLeft && inRight) {
				return false;
			}
			either += (inLeft || inRight) ? 1 : 0;
		}
		return left.filled > 0 && right.filled > 0 && either >= 0.9 * left.values.size();
	}

	private static boolean isNonZero(@Nullable Parsed amount) {
		return amount != null && amount.value().signum() != 0;
	}

	/** Decimals, and both signs, make a column of amounts rather than one of counts. */
	private static int score(ColumnProfile column) {
		return (column.hasFraction() ? 2 : 0) + ((column.hasNegative() && column.hasPositive()) ? 2 : 0)
				+ (column.hasNegative() ? 1 : 0) + (column.filledIn(0.9) ? 1 : 0);
	}

	/**
	 * The header's balance column, or a column that each row's amount moves by exactly
	 * that amount.
	 */
	private AmountColumns withBalance(List<ColumnProfile> columns, List<ColumnProfile> usable,
			List<ColumnProfile> balances) {
		List<@Nullable BigDecimal> moves = (this.amount != null) ? RunningBalance.moves(columns.get(this.amount))
				: RunningBalance.moves(columns.get(this.debit), columns.get(this.credit));
		List<ColumnProfile> candidates = new ArrayList<>(balances);
		candidates.addAll(usable);
		ColumnProfile balance = candidates.stream()
			.filter((column) -> !Arrays.asList(this.amount, this.debit, this.credit).contains(column.index))
			.filter((column) -> balances.contains(column) || RunningBalance.runs(column, moves))
			.findFirst()
			.orElse(null);
		return (balance == null) ? this : new AmountColumns(this.amount, this.debit, this.credit, balance.index,
				this.flag, this.debitFlags, this.sign);
	}

	/**
	 * A debit/credit flag beside a single amount column, or else the sign of a card
	 * statement.
	 */
	private AmountColumns withFlag(List<ColumnProfile> columns) {
		if (this.amount == null) {
			return this;
		}
		ColumnProfile amounts = columns.get(this.amount);
		FlagColumn flag = FlagColumn.find(columns, amounts, this.balance);
		return (flag != null) ? new AmountColumns(this.amount, null, null, this.balance, flag.index(),
				flag.debitValues(), Sign.NEGATIVE_IS_OUT) : withCardSign(columns, amounts);
	}

	/**
	 * Card statements list charges as positive numbers: when every amount is positive and
	 * a column holds (masked) card numbers, positive is money out.
	 */
	private AmountColumns withCardSign(List<ColumnProfile> columns, ColumnProfile amounts) {
		boolean unsigned = !amounts.hasNegative()
				&& amounts.amounts.stream().noneMatch((amount) -> amount != null && amount.signed());
		boolean card = columns.stream()
			.anyMatch((column) -> column.isCardNumbers() || (column.hint(HeaderHint.CARD) && column.isText()
					&& !column.isEmpty() && column.isAccountNumbers()));
		return (unsigned && card)
				? new AmountColumns(this.amount, null, null, this.balance, null, List.of(), Sign.POSITIVE_IS_OUT)
				: this;
	}

}
