package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
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
					.noneMatch((other) -> other != candidate && runsAsBalance(candidate, other.amounts)))
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
		List<@Nullable BigDecimal> moves = moves(columns);
		List<ColumnProfile> candidates = new ArrayList<>(balances);
		candidates.addAll(usable);
		ColumnProfile balance = candidates.stream()
			.filter((column) -> !uses(column.index))
			.filter((column) -> balances.contains(column) || runsAsBalanceOf(column, moves))
			.findFirst()
			.orElse(null);
		return (balance == null) ? this : new AmountColumns(this.amount, this.debit, this.credit, balance.index,
				this.flag, this.debitFlags, this.sign);
	}

	private boolean uses(int column) {
		return Integer.valueOf(column).equals(this.amount) || Integer.valueOf(column).equals(this.debit)
				|| Integer.valueOf(column).equals(this.credit);
	}

	/** Each sampled row's signed amount, as this choice reads it (no flag yet). */
	private List<@Nullable BigDecimal> moves(List<ColumnProfile> columns) {
		List<@Nullable BigDecimal> moves = new ArrayList<>();
		int rows = columns.get(0).values.size();
		for (int row = 0; row < rows; row++) {
			if (this.amount != null) {
				Parsed amount = columns.get(this.amount).amounts.get(row);
				moves.add((amount != null) ? amount.value() : null);
			}
			else {
				Parsed debit = columns.get(this.debit).amounts.get(row);
				Parsed credit = columns.get(this.credit).amounts.get(row);
				BigDecimal move = (credit != null) ? credit.value() : BigDecimal.ZERO;
				moves.add((debit != null) ? move.subtract(debit.value().abs()) : move);
			}
		}
		return moves;
	}

	private static boolean runsAsBalance(ColumnProfile balance, List<@Nullable Parsed> amounts) {
		return runsAsBalanceOf(balance,
				amounts.stream().map((amount) -> (amount != null) ? amount.value() : null).toList());
	}

	/**
	 * Whether the column changes from row to row by the row's amount, in either direction
	 * of time, for most neighbouring rows (at least one pair).
	 */
	static boolean runsAsBalanceOf(ColumnProfile balance, List<@Nullable BigDecimal> moves) {
		int pairs = 0;
		int rising = 0;
		int falling = 0;
		for (int row = 1; row < moves.size(); row++) {
			Parsed before = balance.amounts.get(row - 1);
			Parsed after = balance.amounts.get(row);
			BigDecimal moveAfter = moves.get(row);
			BigDecimal moveBefore = moves.get(row - 1);
			if (before == null || after == null || moveAfter == null || moveBefore == null) {
				continue;
			}
			pairs++;
			rising += (after.value().subtract(before.value()).compareTo(moveAfter) == 0) ? 1 : 0;
			falling += (before.value().subtract(after.value()).compareTo(moveBefore) == 0) ? 1 : 0;
		}
		return pairs > 0 && Math.max(rising, falling) >= 0.6 * pairs;
	}

	/**
	 * A debit/credit flag column beside a single amount column. When the amounts carry
	 * their own signs the flag must agree with every one of them, so a column of codes
	 * that merely look like flags changes nothing.
	 */
	private AmountColumns withFlag(List<ColumnProfile> columns) {
		if (this.amount == null) {
			return this;
		}
		ColumnProfile amounts = columns.get(this.amount);
		for (ColumnProfile column : columns) {
			if (column.index == this.amount || Integer.valueOf(column.index).equals(this.balance) || !column.isText()) {
				continue;
			}
			boolean named = column.hint(HeaderHint.FLAG)
					|| (column.hint(HeaderHint.DEBIT) && column.hint(HeaderHint.CREDIT));
			List<String> debits = FlagColumn.debitValues(column.values, named);
			if (debits != null && agrees(column, debits, amounts)) {
				return new AmountColumns(this.amount, null, null, this.balance, column.index, debits,
						Sign.NEGATIVE_IS_OUT);
			}
		}
		return withCardSign(columns, amounts);
	}

	private static boolean agrees(ColumnProfile flags, List<String> debits, ColumnProfile amounts) {
		for (int row = 0; row < flags.values.size(); row++) {
			Parsed amount = amounts.amounts.get(row);
			if (amount != null && amount.value().signum() != 0) {
				boolean debit = FlagColumn.isDebit(flags.values.get(row), debits);
				if (amounts.hasNegative() && debit != (amount.value().signum() < 0)) {
					return false;
				}
			}
		}
		return true;
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
