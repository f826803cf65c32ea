package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.expensync.TestUsers;
import io.expensync.rates.Rate.Source;
import io.expensync.users.CurrentUser;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which rate counts on a day: the latest day on or before it, a rate typed in winning a
 * tie with the ECB's, typed rates either way round, ECB cross rates through the euro on
 * days that have both currencies; a book over many days answering exactly the same; and
 * one user's rates never used for another.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RateLookupIntegrationTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final Currency USD = Currency.getInstance("USD");

	static final Currency JPY = Currency.getInstance("JPY");

	static final Currency GBP = Currency.getInstance("GBP");

	static final Currency CHF = Currency.getInstance("CHF");

	static final LocalDate FRI = LocalDate.of(2026, 11, 27);

	static final LocalDate SAT = FRI.plusDays(1);

	static final LocalDate SUN = FRI.plusDays(2);

	static final LocalDate MON = FRI.plusDays(3);

	@Autowired
	ExchangeRates rates;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser ann;

	CurrentUser bob;

	@BeforeEach
	void noReferenceRatesButTheTestsOwn() {
		jdbc.update("delete from reference_rates");
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
	}

	/** Stores the ECB's rates per euro of a day: code, rate, code, rate… */
	void ecb(LocalDate day, String... rates) {
		for (int i = 0; i < rates.length; i += 2) {
			jdbc.update("insert into reference_rates (currency, rate_date, per_euro) values (?, ?, ?)", rates[i],
					java.sql.Date.valueOf(day), new BigDecimal(rates[i + 1]));
		}
	}

	Optional<Rate> rate(Currency from, Currency to, LocalDate date) {
		return rates.rate(ann.id(), from, to, date);
	}

	static Rate rate(Currency from, Currency to, String value, LocalDate day, Source source) {
		return new Rate(from, to, new BigDecimal(value), day, source);
	}

	static BigDecimal divided(String dividend, String divisor) {
		return new BigDecimal(dividend).divide(new BigDecimal(divisor), MathContext.DECIMAL64).stripTrailingZeros();
	}

	@Test
	void takesTheRateOfTheNearestDayOnOrBefore() {
		ecb(FRI, "USD", "1.05");
		ecb(MON, "USD", "1.06");
		assertThat(rate(EUR, USD, FRI)).contains(rate(EUR, USD, "1.05", FRI, Source.ECB));
		assertThat(rate(EUR, USD, SAT)).contains(rate(EUR, USD, "1.05", FRI, Source.ECB));
		assertThat(rate(EUR, USD, SUN)).contains(rate(EUR, USD, "1.05", FRI, Source.ECB));
		assertThat(rate(EUR, USD, MON)).contains(rate(EUR, USD, "1.06", MON, Source.ECB));
		assertThat(rate(EUR, USD, MON.plusYears(1))).contains(rate(EUR, USD, "1.06", MON, Source.ECB));
		assertThat(rate(EUR, USD, FRI.minusDays(1))).as("nothing before the first day").isEmpty();
	}

	@Test
	void theEuroIsOneOnEveryDayBothWays() {
		ecb(FRI, "USD", "1.0543");
		assertThat(rate(EUR, USD, FRI).orElseThrow().value()).isEqualByComparingTo("1.0543");
		assertThat(rate(USD, EUR, FRI).orElseThrow().value()).isEqualTo(divided("1", "1.0543"));
		assertThat(rate(USD, EUR, FRI).orElseThrow().source()).isEqualTo(Source.ECB);
	}

	@Test
	void crossesTwoCurrenciesOnTheLatestDayThatHasBoth() {
		ecb(FRI, "USD", "1.05", "JPY", "160.5", "GBP", "0.83");
		ecb(MON, "USD", "1.06", "JPY", "161.2");
		assertThat(rate(USD, JPY, MON)).contains(new Rate(USD, JPY, divided("161.2", "1.06"), MON, Source.ECB));
		assertThat(rate(JPY, USD, SUN)).contains(new Rate(JPY, USD, divided("1.05", "160.5"), FRI, Source.ECB));
		assertThat(rate(GBP, USD, MON)).as("GBP is not known on Monday")
			.contains(new Rate(GBP, USD, divided("1.05", "0.83"), FRI, Source.ECB));
		assertThat(rate(CHF, USD, MON)).isEmpty();
	}

	@Test
	void oneCurrencyIsOneWithoutAnyRate() {
		assertThat(rate(CHF, CHF, SUN)).contains(rate(CHF, CHF, "1", SUN, Source.SAME));
	}

	@Test
	void aRateTypedInWinsOnTheSameDayButALaterEcbDayWins() {
		ecb(FRI, "USD", "1.05");
		rates.setByHand(ann.id(), USD, EUR, FRI, new BigDecimal("0.9"));
		assertThat(rate(USD, EUR, FRI)).contains(rate(USD, EUR, "0.9", FRI, Source.HAND));
		assertThat(rate(USD, EUR, SUN)).contains(rate(USD, EUR, "0.9", FRI, Source.HAND));
		ecb(MON, "USD", "1.06");
		assertThat(rate(USD, EUR, MON)).contains(new Rate(USD, EUR, divided("1", "1.06"), MON, Source.ECB));
		rates.setByHand(ann.id(), USD, EUR, SAT, new BigDecimal("0.91"));
		assertThat(rate(USD, EUR, SUN)).contains(rate(USD, EUR, "0.91", SAT, Source.HAND));
		assertThat(rate(USD, EUR, MON)).as("the ECB's Monday is later").map(Rate::source).contains(Source.ECB);
	}

	@Test
	void aRateTypedInCountsTheOtherWayRoundTooButTheRightWayRoundWinsATie() {
		rates.setByHand(ann.id(), EUR, CHF, FRI, new BigDecimal("0.93"));
		assertThat(rate(CHF, EUR, SAT)).contains(new Rate(CHF, EUR, divided("1", "0.93"), FRI, Source.HAND));
		rates.setByHand(ann.id(), CHF, EUR, FRI, new BigDecimal("1.08"));
		assertThat(rate(CHF, EUR, SAT)).contains(rate(CHF, EUR, "1.08", FRI, Source.HAND));
		assertThat(rate(EUR, CHF, SAT)).contains(rate(EUR, CHF, "0.93", FRI, Source.HAND));
	}

	@Test
	void oneUsersRatesAreNeverUsedForAnother() {
		rates.setByHand(bob.id(), CHF, USD, FRI, new BigDecimal("1.12"));
		assertThat(rates.rate(bob.id(), CHF, USD, MON)).isPresent();
		assertThat(rates.rate(ann.id(), CHF, USD, MON)).isEmpty();
		assertThat(rates.rate(ann.id(), USD, CHF, MON)).isEmpty();
		assertThat(rates.byHand(ann.id())).isEmpty();
		assertThat(rates.book(ann.id(), USD, Set.of(CHF), FRI, MON).on(CHF, MON)).isEmpty();
		assertThatExceptionOfType(RateNotFoundException.class)
			.isThrownBy(() -> rates.deleteByHand(ann.id(), CHF, USD, FRI));
		assertThat(rates.byHand(bob.id())).hasSize(1);
	}

	@Test
	void typingARateForTheSameDayAgainReplacesIt() {
		rates.setByHand(ann.id(), USD, JPY, FRI, new BigDecimal("150"));
		Rate replaced = rates.setByHand(ann.id(), USD, JPY, FRI, new BigDecimal("151.25"));
		assertThat(replaced).isEqualTo(rate(USD, JPY, "151.25", FRI, Source.HAND));
		assertThat(rates.byHand(ann.id())).containsExactly(replaced);
		rates.deleteByHand(ann.id(), USD, JPY, FRI);
		assertThat(rates.byHand(ann.id())).isEmpty();
		assertThat(rate(USD, JPY, FRI)).isEmpty();
	}

	@Test
	void refusesRatesThatAreNoRatesNamingTheFieldAndStoresNothing() {
		assertThat(problems(() -> rates.setByHand(ann.id(), USD, USD, FRI, BigDecimal.ONE)))
			.containsExactly(new Problem("to", "Choose a currency other than USD"));
		for (String wrong : List.of("0", "-1.5", "0.00000000001", "1000000000", "12345678901234567890")) {
			assertThat(problems(() -> rates.setByHand(ann.id(), USD, EUR, FRI, new BigDecimal(wrong)))).as(wrong)
				.extracting(Problem::field)
				.containsExactly("rate");
		}
		assertThat(problems(() -> rates.setByHand(ann.id(), USD, EUR, LocalDate.of(1899, 12, 31), BigDecimal.ONE)))
			.extracting(Problem::field)
			.containsExactly("date");
		assertThat(problems(() -> rates.setByHand(ann.id(), new HandRateForm("US", "usd", "30.11.2026", "1,5"))))
			.extracting(Problem::field)
			.containsExactly("from", "date", "rate");
		assertThat(problems(() -> rates.setByHand(ann.id(), HandRateForm.empty()))).extracting(Problem::field)
			.containsExactly("from", "to", "date", "rate");
		assertThat(rates.byHand(ann.id())).isEmpty();
		assertThat(rates.setByHand(ann.id(), new HandRateForm(" usd", "eur ", "2026-11-27", "0.0000000001")))
			.isEqualTo(rate(USD, EUR, "0.0000000001", FRI, Source.HAND));
		assertThat(rates.setByHand(ann.id(), USD, JPY, FRI, new BigDecimal("999999999.9999999999")).value())
			.isEqualByComparingTo("999999999.9999999999");
	}

	@Test
	void aBookAnswersExactlyAsTheLookupOnEveryDayOfItsSpan() {
		LocalDate start = LocalDate.of(2026, 12, 2);
		LocalDate end = LocalDate.of(2027, 1, 10);
		// before the span: the latest of these counts on its first days
		ecb(LocalDate.of(2026, 11, 20), "USD", "1.04", "JPY", "159", "GBP", "0.82");
		ecb(LocalDate.of(2026, 11, 30), "USD", "1.05", "JPY", "160.5");
		rates.setByHand(ann.id(), CHF, GBP, LocalDate.of(2026, 11, 25), new BigDecimal("0.89"));
		rates.setByHand(ann.id(), GBP, USD, LocalDate.of(2026, 11, 26), new BigDecimal("1.27"));
		// weekdays with gaps (holidays), GBP only on some of them
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			boolean holiday = day.getMonthValue() == 12 && day.getDayOfMonth() >= 24 && day.getDayOfMonth() <= 28
					|| day.equals(LocalDate.of(2027, 1, 1));
			if (day.getDayOfWeek().getValue() >= 6 || holiday) {
				continue;
			}
			int n = day.getDayOfYear();
			ecb(day, "USD", "1.0" + n % 10, "JPY", "16" + n % 7 + ".25");
			if (n % 3 == 0) {
				ecb(day, "GBP", "0.8" + n % 9);
			}
		}
		// typed in, both ways round, some on ECB days, one on a Sunday, one at the end
		rates.setByHand(ann.id(), USD, GBP, LocalDate.of(2026, 12, 9), new BigDecimal("0.79"));
		rates.setByHand(ann.id(), GBP, USD, LocalDate.of(2026, 12, 13), new BigDecimal("1.3"));
		rates.setByHand(ann.id(), GBP, USD, LocalDate.of(2026, 12, 16), new BigDecimal("1.31"));
		rates.setByHand(ann.id(), USD, GBP, LocalDate.of(2026, 12, 16), new BigDecimal("0.77"));
		rates.setByHand(ann.id(), JPY, EUR, LocalDate.of(2026, 12, 27), new BigDecimal("0.0061"));
		rates.setByHand(ann.id(), CHF, GBP, end, new BigDecimal("0.9"));
		rates.setByHand(ann.id(), EUR, CHF, LocalDate.of(2026, 12, 20), new BigDecimal("0.94"));
		// someone else's, never counted for Ann
		rates.setByHand(bob.id(), USD, GBP, LocalDate.of(2026, 12, 21), new BigDecimal("5"));
		rates.setByHand(bob.id(), CHF, EUR, LocalDate.of(2026, 12, 3), new BigDecimal("7"));

		Set<Currency> currencies = Set.of(USD, JPY, GBP, CHF, EUR);
		List<String> differences = new ArrayList<>();
		int found = 0;
		for (Currency home : List.of(GBP, EUR, USD)) {
			RateBook book = rates.book(ann.id(), home, currencies, start, end);
			for (LocalDate day = start; !day.isAfter(end.plusDays(5)); day = day.plusDays(1)) {
				for (Currency from : currencies) {
					Optional<Rate> expected = rates.rate(ann.id(), from, home, day);
					found += expected.isPresent() ? 1 : 0;
					if (!book.on(from, day).equals(expected)) {
						differences
							.add("%s→%s on %s: %s, not %s".formatted(from, home, day, book.on(from, day), expected));
					}
				}
			}
		}
		assertThat(differences).isEmpty();
		assertThat(found).as("most days have rates").isGreaterThan(400);
		RateBook book = rates.book(ann.id(), GBP, currencies, start, end);
		assertThat(book.on(USD, LocalDate.of(2026, 12, 16))).as("typed in the right way round wins the tie")
			.contains(rate(USD, GBP, "0.77", LocalDate.of(2026, 12, 16), Source.HAND));
		assertThat(book.on(CHF, start)).as("the latest before the span")
			.contains(rate(CHF, GBP, "0.89", LocalDate.of(2026, 11, 25), Source.HAND));
	}

	private static List<Problem> problems(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
		throw new AssertionError("no problem was named");
	}

}
