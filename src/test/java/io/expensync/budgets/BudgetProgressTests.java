package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import io.expensync.budgets.BudgetProgress.Level;
import io.expensync.money.Money;

import org.junit.jupiter.api.Test;

class BudgetProgressTests {

	private static BudgetProgress spent(String spent) {
		return new BudgetProgress("ALL", YearMonth.of(2026, 11), Money.of("2000.00", "EUR"), Money.of(spent, "EUR"),
				List.of(80, 100), BudgetAccounts.all());
	}

	@Test
	void percentHasOneDecimalRoundedHalfEven() {
		assertThat(spent("1234.56").percentUsed()).hasToString("61.7");
		assertThat(spent("0.01").percentUsed()).hasToString("0.0");
		assertThat(spent("2000.00").percentUsed()).hasToString("100.0");
		assertThat(spent("2500.00").percentUsed()).hasToString("125.0");
	}

	@Test
	void levelTurnsAmberAt75AndRedAt90() {
		assertThat(spent("1499.99").level()).isEqualTo(Level.OK);
		assertThat(spent("1500.00").level()).isEqualTo(Level.WARNING);
		assertThat(spent("1799.99").level()).isEqualTo(Level.WARNING);
		assertThat(spent("1800.00").level()).isEqualTo(Level.DANGER);
	}

	@Test
	void remainingIsExactAndNegativeWhenOver() {
		assertThat(spent("1234.56").remaining()).isEqualTo(Money.of("765.44", "EUR"));
		assertThat(spent("2000.10").remaining()).isEqualTo(Money.of("-0.10", "EUR"));
		assertThat(spent("2500.00").barWidth()).isEqualByComparingTo("100");
	}

}
