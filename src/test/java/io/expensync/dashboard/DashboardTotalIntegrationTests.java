package io.expensync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

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
 * The dashboard's total of all accounts in the user's currency: the converted figure on
 * each card, the marking, and the accounts left out by name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTotalIntegrationTests {

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
		rates.setByHand(ann.id(), Currency.getInstance("USD"), EUR, yesterday, new BigDecimal("0.9234"));
	}

	@Test
	void showsTheTotalWithWhatItLeavesOut() {
		String page = api.page(ann, "/dashboard");

		assertThat(page).contains("All accounts in EUR", ">€1,092.34</strong>", ">≈ €92.34</small>",
				"data-includes-converted", "Not included: Card (JPY) — no exchange rate yet.",
				"<a href=\"/rates\">Rates page</a>");
	}

	@Test
	void showsTheWholeTotalOnceEveryAccountHasARate() {
		rates.setByHand(ann.id(), Currency.getInstance("JPY"), EUR, yesterday, new BigDecimal("0.0061"));
		rates.setByHand(users.signUp("Bob").id(), Currency.getInstance("USD"), EUR, ann.today(clock),
				new BigDecimal("2"));

		assertThat(api.page(ann, "/dashboard")).contains(">€1,153.34</strong>", ">≈ €61.00</small>")
			.doesNotContain("Not included", "not in the total");
	}

	@Test
	void theNewestTransactionsFragmentStaysWithoutIt() {
		assertThat(mvc.get()
			.uri("/dashboard")
			.with(TestUsers.session(ann))
			.header("HX-Request", "true")
			.header("HX-Target", "recent")).hasStatusOk().bodyText().doesNotContain("All accounts in");
	}

}
