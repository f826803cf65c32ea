package io.expensync.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import io.expensync.Api;
import io.expensync.MixedCurrencyUser;
import io.expensync.TestUsers;
import io.expensync.rates.ExchangeRates;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code /accounts}: each account's balance in its currency, the converted figure beside
 * the accounts in another currency with its rate, and the total in the user's currency,
 * marked when it includes converted amounts and naming the accounts it leaves out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountListIntegrationTests {

	static final Currency EUR = Currency.getInstance("EUR");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ExchangeRates rates;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Api api;

	CurrentUser ann;

	LocalDate yesterday;

	@BeforeEach
	void annWithAccountsInEurosDollarsAndYen() {
		api = new Api(mvc);
		MixedCurrencyUser mixed = MixedCurrencyUser.signUp(users, api, jdbc, clock);
		ann = mixed.user();
		yesterday = mixed.yesterday();
	}

	String day(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("en-IE")));
	}

	@Test
	void totalsWhatItCanConvertAndNamesWhatItLeavesOut() {
		assertThat(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "%s", "rate": "0.9234"}""".formatted(yesterday)))
			.hasStatus2xxSuccessful();

		String page = api.page(ann, "/accounts");

		assertThat(page).contains("US$100.00", "JP¥10,000", "€1,000.00")
			.contains("title=\"1 USD = 0.9234 EUR on " + day(yesterday) + " (your rate)\"")
			.contains(">≈ €92.34</small>")
			.contains("Total in EUR")
			.contains(">€1,092.34</td>")
			.contains("data-includes-converted", "amounts converted at the latest exchange rates")
			.contains("Not included: Card (JPY) — no exchange rate yet.")
			.contains("Enter one on the <a href=\"/rates\">Rates page</a>")
			.contains("not in the total: no rate");
	}

	@Test
	void includesEveryAccountOnceEachHasARate() {
		rates.setByHand(ann.id(), Currency.getInstance("USD"), EUR, yesterday, new BigDecimal("0.9234"));
		rates.setByHand(ann.id(), Currency.getInstance("JPY"), EUR, yesterday, new BigDecimal("0.0061"));

		String page = api.page(ann, "/accounts");

		assertThat(page).contains(">€1,153.34</td>", ">≈ €61.00</small>", "data-includes-converted")
			.doesNotContain("Not included", "data-left-out", "not in the total");
	}

	@Test
	void usesTheLatestRateAndNeverAnotherUsers() {
		CurrentUser bob = users.signUp("Bob");
		rates.setByHand(bob.id(), Currency.getInstance("JPY"), EUR, yesterday, new BigDecimal("0.0061"));
		rates.setByHand(ann.id(), Currency.getInstance("USD"), EUR, yesterday.minusDays(3), new BigDecimal("0.5"));
		rates.setByHand(ann.id(), Currency.getInstance("USD"), EUR, yesterday, new BigDecimal("0.9234"));

		assertThat(api.page(ann, "/accounts")).contains(">€1,092.34</td>", "Not included: Card (JPY)");
	}

	@Test
	void aTotalOfAccountsAllInTheUsersCurrencyIsNotMarkedConverted() {
		CurrentUser cem = users.signUp("Cem");
		api.account(cem, "Giro", "EUR", "10.00");
		api.account(cem, "Savings", "EUR", "-2.50");

		assertThat(api.page(cem, "/accounts")).contains("Total in EUR", ">€7.50</td>")
			.doesNotContain("data-includes-converted", "data-converted", "Not included");
		assertThat(api.page(users.signUp("Dee"), "/accounts")).contains("No accounts yet.").doesNotContain("Total in");
	}

}
