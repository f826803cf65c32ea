package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import io.expensync.money.Money;
import io.expensync.rates.Rate.Source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rate's value, its conversion of money and which rate counts on a day. */
class RateTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final Currency USD = Currency.getInstance("USD");

	static final Currency JPY = Currency.getInstance("JPY");

	static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	@ParameterizedTest
	@CsvSource({ "0.92340000, 0.9234", "1.085, 1.0850", "0.9234567890123456, 0.923457", "162.3449876, 162.345",
			"0.5, 0.5000", "15234.56, 15234.6" })
	void showsSixSignificantDigitsAndAtLeastFourDecimals(String value, String shown) {
		assertThat(new Rate(USD, EUR, new BigDecimal(value), DAY, Source.ECB).shown()).isEqualTo(shown);
	}

	@Test
	void convertsRoundingHalfEvenToTheTargetsMinorUnits() {
		Rate rate = new Rate(USD, EUR, new BigDecimal("0.5"), DAY, Source.HAND);
		assertThat(rate.convert(Money.of("0.05", "USD"))).isEqualTo(Money.of("0.02", "EUR"));
		assertThat(rate.convert(Money.of("0.07", "USD"))).isEqualTo(Money.of("0.04", "EUR"));
		assertThat(rate.convert(Money.of("-0.05", "USD"))).isEqualTo(Money.of("-0.02", "EUR"));
		Rate toYen = new Rate(EUR, JPY, new BigDecimal("160.5"), DAY, Source.ECB);
		assertThat(toYen.convert(Money.of("10.01", "EUR"))).isEqualTo(Money.of("1607", "JPY"));
		assertThat(toYen.convert(Money.of("0.01", "EUR"))).isEqualTo(Money.of("2", "JPY"));
	}

	@Test
	void convertsOnlyMoneyInItsFromCurrency() {
		Rate rate = new Rate(USD, EUR, new BigDecimal("0.9"), DAY, Source.HAND);
		assertThatIllegalArgumentException().isThrownBy(() -> rate.convert(Money.of("1.00", "EUR")));
	}

	@Test
	void refusesAValueOfZeroOrLess() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Rate(USD, EUR, BigDecimal.ZERO, DAY, Source.HAND));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Rate(USD, EUR, new BigDecimal("-1"), DAY, Source.HAND));
	}

	@Test
	void worksOutInverseAndCrossRatesToSixteenDigits() {
		assertThat(Rate.inverse(USD, EUR, new BigDecimal("3"), DAY, Source.HAND).value())
			.isEqualTo(new BigDecimal("0.3333333333333333"));
		assertThat(Rate.cross(USD, JPY, new BigDecimal("1.0543"), new BigDecimal("160.52"), DAY).value())
			.isEqualTo(new BigDecimal("152.2526795029878"));
		assertThat(Rate.cross(EUR, USD, BigDecimal.ONE, new BigDecimal("1.0543000000"), DAY).value())
			.isEqualTo(new BigDecimal("1.0543"));
	}

	@Test
	void theLatestDayCountsAndOnTheSameDayTheFirstGiven() {
		Rate handOlder = new Rate(USD, EUR, new BigDecimal("0.9"), DAY.minusDays(1), Source.HAND);
		Rate handSameDay = new Rate(USD, EUR, new BigDecimal("0.91"), DAY, Source.HAND);
		Rate ecb = new Rate(USD, EUR, new BigDecimal("0.95"), DAY, Source.ECB);
		assertThat(Candidates.best(handOlder, null, ecb)).contains(ecb);
		assertThat(Candidates.best(handSameDay, null, ecb)).contains(handSameDay);
		assertThat(Candidates.best(null, handSameDay, ecb)).contains(handSameDay);
		assertThat(Candidates.best(null, null, null)).isEmpty();
	}

}
