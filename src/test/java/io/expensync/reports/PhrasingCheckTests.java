package io.expensync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A phrased paragraph is shown only when every number in it was given, however it is
 * written, and only when it is a plain paragraph.
 */
class PhrasingCheckTests {

	/**
	 * October's numbers: 46.2% kept, €1,384.50 net, €3,000.00 in, 3 payments, the 1st.
	 */
	final PhrasingCheck check = new PhrasingCheck(List.of(new BigDecimal("46.2"), new BigDecimal("1384.50"),
			new BigDecimal("3000.00"), new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2026")));

	@Test
	void acceptsTheGivenNumbersWrittenAnyWay() {
		assertThat(check.problem("You kept 46.2% of your income, €1,384.50 of €3,000.00, in October 2026.")).isNull();
		assertThat(check.problem("Net: 1384.5 EUR from 3000 in; 46,2 % kept.")).as("plain, and with a decimal comma")
			.isNull();
		assertThat(check.problem("Sie behielten 1.384,50 € von 3.000,00 € (46,2 %).")).as("German separators").isNull();
		assertThat(check.problem("Vous avez gardé 1\u202f384,50\u00a0€, soit 46,2\u00a0%.")).as("French spaces")
			.isNull();
		assertThat(check.problem("You paid one merchant three times, starting on the 1st.")).isNull();
		assertThat(check.problem("A calm month: you spent less than you earned.")).as("no numbers at all").isNull();
	}

	@Test
	void refusesAnyNumberItWasNotGiven() {
		assertThat(check.problem("You kept about 46% of your income.")).as("rounded")
			.isEqualTo("it stated a number it was not given");
		assertThat(check.problem("You kept €1,384.50 and spent €1,615.50.")).as("worked out from the given ones")
			.isNotNull();
		assertThat(check.problem("You kept 46.2% of €3,000.00, as in 2025.")).as("another year").isNotNull();
		assertThat(check.problem("You paid one merchant five times.")).as("a number in words").isNotNull();
		assertThat(check.problem("You kept ٤٦.٢% and ١٢٣ more.")).as("digits of another script").isNotNull();
		assertThat(check.problem("You kept 1.384.50 in all.")).as("no reading gives a given number").isNotNull();
	}

	@Test
	void refusesWhatIsNotAShortPlainParagraph() {
		assertThat(check.problem(null)).isEqualTo("it was empty");
		assertThat(check.problem(" ")).isEqualTo("it was empty");
		assertThat(check.problem("A good month. ".repeat(60))).isEqualTo("it was longer than 800 characters");
		assertThat(check.problem("46.2% / 1,384.50")).isEqualTo("it was not a sentence");
		assertThat(check.problem("{\"summary\": \"A good month\"}")).isEqualTo("it was not plain text");
		assertThat(check.problem("A **good** month.")).isEqualTo("it was not plain text");
		assertThat(check.problem("A good month, see https://example.org.")).isEqualTo("it was not plain text");
		assertThat(check.problem("A good <b>month</b>.")).isEqualTo("it was not plain text");
		assertThat(check.problem("A good month\u202e.")).as("a bidi override").isEqualTo("it was not plain text");
		assertThat(check.problem("You kept ½ of it.")).as("a fraction sign").isEqualTo("it was not plain text");
	}

	@Test
	void tidyingMakesOneParagraph() {
		assertThat(PhrasingCheck.tidy("  \"A good month.\n\nYou kept 46.2%.\"  "))
			.isEqualTo("A good month. You kept 46.2%.");
	}

}
