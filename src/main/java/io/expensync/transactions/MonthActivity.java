package io.expensync.transactions;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/**
 * One month's income and expenses over all of a user's accounts, in one currency.
 *
 * @param byCategory expenses per category, largest first
 * @param merchants the merchants spent at most, largest first
 * @param dailyExpenses expenses per day, only days with any
 */
public record MonthActivity(YearMonth month, Money income, Money expenses, long incomeCount, long expenseCount,
		List<CategoryTotal> byCategory, List<MerchantTotal> merchants, @Nullable TransactionView largestExpense,
		Map<java.time.LocalDate, Money> dailyExpenses) {

	public boolean isEmpty() {
		return incomeCount == 0 && expenseCount == 0;
	}

	public Money net() {
		return income.minus(expenses);
	}

}
