package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** Reading the number of an amount before its currency is known. */
class MoneyInputTests {

	@Test
	void readsAPlainDecimalAsItIsWritten() {
		assertThat(MoneyInput.number("amount", " 12.345 ")).isEqualByComparingTo("12.345");
		assertThat(MoneyInput.number("amount", "-3")).isEqualByComparingTo("-3");
	}

	@Test
	void noTextIsNoNumber() {
		assertThat(MoneyInput.number("amount", null)).isNull();
	}

	@Test
	void anEmptyOrUnreadableTextIsAnErrorOnTheField() {
		assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> MoneyInput.number("amount", " "))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("amount");
				assertThat(ex.getMessage()).isEqualTo("Enter an amount");
			});
		assertThatExceptionOfType(InvalidFieldException.class).isThrownBy(() -> MoneyInput.number("amount", "1e3"))
			.withMessage("'1e3' is not a number");
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> MoneyInput.number("amount", "1".repeat(31)))
			.withMessage("That is not an amount");
	}

}
