package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import io.expensync.money.Money;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class BudgetSettingTests {

	static final Currency EUR = Currency.getInstance("EUR");

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void readsTheAmountInTheCurrencyAndEachThresholdOnce() {
		BudgetSetting setting = new BudgetSetting("food", "40", EUR, List.of(100, 50, 75, 50));
		assertThat(problems(setting)).isEmpty();
		assertThat(setting.money()).isEqualTo(Money.of("40.00", "EUR"));
		assertThat(BudgetSetting.sortedThresholds(setting.thresholds())).containsExactly(50, 75, 100);
		assertThat(problems(new BudgetSetting("ALL", "1", EUR, null))).as("keeps the budget's thresholds").isEmpty();
	}

	@Test
	void refusesABadAmountAndBadThresholdsAtOnce() {
		assertThat(problems(new BudgetSetting("food", "0", EUR, List.of()))).containsExactlyInAnyOrder(
				"amount: A budget must be greater than zero",
				"thresholds: Give 1 to 5 alert percentages between 1 and 500");
		assertThat(problems(new BudgetSetting("food", "-5", EUR, List.of(0)))).containsExactlyInAnyOrder(
				"amount: A budget must be greater than zero",
				"thresholds: Give 1 to 5 alert percentages between 1 and 500");
		assertThat(problems(new BudgetSetting("food", "", EUR, List.of(1, 2, 3, 4, 5, 6)))).containsExactlyInAnyOrder(
				"amount: Enter an amount", "thresholds: Give 1 to 5 alert percentages between 1 and 500");
		assertThat(problems(new BudgetSetting("food", "1.001", EUR, List.of(501)))).hasSize(2)
			.anySatisfy(problem -> assertThat(problem).startsWith("amount: EUR allows at most 2 decimal places"));
	}

	@Test
	void repeatedThresholdsCountOnceAndAMissingOneIsNamedOnce() {
		assertThat(problems(new BudgetSetting("food", "10", EUR, List.of(80, 80, 80, 80, 80, 80)))).isEmpty();
		assertThat(problems(new BudgetSetting("food", "10", EUR, Arrays.asList(80, null))))
			.containsExactly("thresholds[1].<list element>: Give 1 to 5 alert percentages between 1 and 500");
	}

	@Test
	void overLongAmountsAreRefusedByTheirSizeOnly() {
		assertThat(problems(new BudgetSetting("food", "9".repeat(31), EUR, null)))
			.containsExactly("amount: That is not an amount");
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
