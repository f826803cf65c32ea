package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The rates page: today's rate for the currencies of the user's accounts, the rates they
 * typed in (never anyone else's), adding one with errors at the field and nothing stored,
 * and removing one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RatePagesIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ExchangeRates rates;

	Api api;

	CurrentUser ann;

	CurrentUser bob;

	@BeforeEach
	void setUp() {
		jdbc.update("delete from reference_rates");
		api = new Api(mvc);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
	}

	MvcTestResult post(CurrentUser user, String path, String... params) {
		var request = mvc.post().uri(path).with(TestUsers.session(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void showsTodaysRateForTheCurrenciesOfTheAccounts() {
		assertThat(api.post(ann, "/api/v1/accounts", """
				{"name": "Dollars", "type": "CURRENT", "currency": "USD", "openingBalance": "10.00"}"""))
			.hasStatus(201);
		assertThat(api.post(ann, "/api/v1/accounts", """
				{"name": "Yen", "type": "CASH", "currency": "JPY", "openingBalance": "1000"}""")).hasStatus(201);
		api.account(ann, "Euros", "1.00");
		jdbc.update("insert into reference_rates (currency, rate_date, per_euro) values ('USD', ?, ?)",
				Date.valueOf(ann.today(clock).minusDays(3)), new BigDecimal("1.25"));

		String page = api.page(ann, "/rates");
		assertThat(page).contains("Today, into <span>EUR</span>")
			.contains("0.8 EUR")
			.contains(ann.today(clock).minusDays(3).toString())
			.contains("No rate known yet");
		assertThat(page.split("data-today-row", -1)).as("USD and JPY, not EUR").hasSize(3);
		assertThat(api.page(ann, "/profile")).contains("href=\"/rates\"");
	}

	@Test
	void addsARateAndListsOnlyTheUsersOwn() throws Exception {
		MvcTestResult added = post(ann, "/rates", "from", "usd", "to", "EUR", "date", "2026-11-27", "rate", "0.95");
		assertThat(added).hasStatus3xxRedirection().hasRedirectedUrl("/rates");
		assertThat(added).flash().containsEntry("success", "Saved: on 2026-11-27, 1 USD = 0.95 EUR.");
		rates.setByHand(bob.id(), Currency.getInstance("CHF"), Currency.getInstance("SEK"), DAY,
				new BigDecimal("11.9"));

		String page = api.page(ann, "/rates");
		assertThat(page.split("data-rate-row", -1)).hasSize(2);
		assertThat(page).contains("0.95 EUR").doesNotContain("11.9 SEK");
	}

	@Test
	void showsEachProblemAtItsFieldAndStoresNothing() throws Exception {
		MvcTestResult refused = post(ann, "/rates", "from", "XYZ", "to", "EUR", "date", "someday", "rate", "-1");
		assertThat(refused).hasStatusOk();
		String page = body(refused);
		assertThat(page).contains("id=\"from\"")
			.contains("&#39;XYZ&#39; is not an ISO 4217 currency code")
			.contains("&#39;someday&#39; is not a date (yyyy-mm-dd)")
			.contains("The rate must be greater than zero")
			.contains("value=\"XYZ\"");
		assertThat(page.split("is-invalid", -1)).as("from, date and rate").hasSize(4);
		assertThat(body(post(ann, "/rates", "from", "EUR", "to", "EUR", "date", "2026-11-27", "rate", "1")))
			.contains("Choose a currency other than EUR");
		assertThat(rates.byHand(ann.id())).isEmpty();
	}

	@Test
	void removesARate() {
		rates.setByHand(ann.id(), Currency.getInstance("USD"), Currency.getInstance("EUR"), DAY,
				new BigDecimal("0.95"));
		assertThat(post(bob, "/rates/delete", "from", "USD", "to", "EUR", "date", "2026-11-27")).flash()
			.containsEntry("error", "That rate was removed already.");
		assertThat(rates.byHand(ann.id())).hasSize(1);
		assertThat(post(ann, "/rates/delete", "from", "USD", "to", "EUR", "date", "not a day")).flash()
			.containsEntry("error", "That is not one of your rates.");
		MvcTestResult removed = post(ann, "/rates/delete", "from", "USD", "to", "EUR", "date", "2026-11-27");
		assertThat(removed).hasStatus3xxRedirection().hasRedirectedUrl("/rates");
		assertThat(removed).flash().containsEntry("success", "Removed your USD/EUR rate of 2026-11-27.");
		assertThat(rates.byHand(ann.id())).isEmpty();
	}

}
