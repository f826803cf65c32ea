package io.expensync.transactions;

import java.math.BigDecimal;
import java.util.List;

import io.expensync.money.Money;

/**
 * Income and expenses of one account over a range, in buckets (days, weeks or months)
 * ready for a chart, with the totals of the range. Transfers are neither income nor
 * expense and are left out.
 */
public record AccountActivity(ActivityRange range, String bucket, List<String> labels, List<BigDecimal> income,
		List<BigDecimal> expense, Money totalIncome, Money totalExpense) {

	public Money net() {
		return totalIncome.minus(totalExpense);
	}

}
