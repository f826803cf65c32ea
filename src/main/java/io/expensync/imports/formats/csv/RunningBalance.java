package io.expensync.imports.formats.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.expensync.imports.formats.csv.AmountFormat.Parsed;
import org.jspecify.annotations.Nullable;

/**
 * Tells a running balance from an amount by how it moves: from row to row it changes by
 * the row's amount, whichever way the file sorts time.
 */
final class RunningBalance {

	private RunningBalance() {
	}

	/** Each sampled row's amount in a single amount column. */
	static List<@Nullable BigDecimal> moves(ColumnProfile amounts) {
		return amounts.amounts.stream().map((amount) -> (amount != null) ? amount.value() : null).toList();
	}

	/** Each sampled row's credit less its debit. */
	static List<@Nullable BigDecimal> moves(ColumnProfile debits, ColumnProfile credits) {
		List<@Nullable BigDecimal> moves = new ArrayList<>();
		for (int row = 0; row < debits.values.size(); row++) {
			Parsed debit = debits.amounts.get(row);
			Parsed credit = credits.amounts.get(row);
			BigDecimal move = (credit != null) ? credit.value() : BigDecimal.ZERO;
			moves.add((debit != null) ? move.subtract(debit.value().abs()) : move);
		}
		return moves;
	}

	/**
	 * Whether the column changes by the row's amount for most neighbouring rows (at least
	 * one pair).
	 */
	static boolean runs(ColumnProfile balance, List<@Nullable BigDecimal> moves) {
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

}
