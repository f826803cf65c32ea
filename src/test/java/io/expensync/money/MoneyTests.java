package io.expensync.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void normalisesScaleSoEqualAmountsAreEqual() {
		assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
		assertThat(Money.of("12.5", "EUR").toPlainString()).isEqualTo("12.50");
		assertThat(Money.of("1200", "JPY").toPlainString()).isEqualTo("1200");
		assertThat(Money.of("1.250", "BHD").toPlainString()).isEqualTo("1.250");
	}

	@Test
	void rejectsOverPreciseAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12.345", "EUR"))
			.withMessageContaining("at most 2 decimal places");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.5", "JPY"));
	}

	@Test
	void acceptsTrailingZerosBeyondTheCurrencyScale() {
		assertThat(Money.of("12.5000", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
	}

	@Test
	void rejectsTextThatIsNotAPlainDecimal() {
		for (String text : new String[] { "abc", "1e3", "1,50", "", " ", "NaN", "Infinity", "--1", "0x10", "1.2.3" }) {
			assertThatIllegalArgumentException().as(text).isThrownBy(() -> Money.of(text, "EUR"));
		}
	}

	@Test
	void rejectsUnknownCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "XYZ"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "eur"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EURO"));
	}

	@Test
	void rejectsAmountsBeyondTheColumnRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1000000000000", "EUR"));
		assertThat(Money.of("999999999999.99", "EUR").amount()).isEqualByComparingTo("999999999999.99");
	}

	@Test
	void addsAndSubtractsExactly() {
		Money sum = Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"));
		assertThat(sum).isEqualTo(Money.of("0.30", "EUR"));
		assertThat(sum.minus(Money.of("0.45", "EUR"))).isEqualTo(Money.of("-0.15", "EUR"));
		assertThat(Money.of("-0.15", "EUR").isNegative()).isTrue();
		assertThat(Money.of("-0.15", "EUR").negate()).isEqualTo(Money.of("0.15", "EUR"));
	}

	@Test
	void refusesToMixCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")));
	}

	@Test
	void ratioRoundsHalfEven() {
		assertThat(Money.of("1", "EUR").ratioTo(Money.of("8", "EUR"), 2)).isEqualByComparingTo(new BigDecimal("0.12"));
		assertThat(Money.of("3", "EUR").ratioTo(Money.of("8", "EUR"), 2)).isEqualByComparingTo(new BigDecimal("0.38"));
	}

	@Test
	void formatsInTheUsersLocale() {
		assertThat(MoneyFormatter.format(Money.of("1234.5", "EUR"), Locale.forLanguageTag("de-DE")))
			.isEqualTo("1.234,50\u00a0€");
		assertThat(MoneyFormatter.format(Money.of("1234.5", "USD"), Locale.US)).isEqualTo("$1,234.50");
		assertThat(MoneyFormatter.format(Money.of("1235", "JPY"), Locale.US)).isEqualTo("¥1,235");
		assertThat(MoneyFormatter.formatSigned(Money.of("-0.1", "EUR"), Locale.forLanguageTag("en-IE")))
			.isEqualTo("−€0.10");
	}

}
