package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.accounts.AccountView;
import io.expensync.money.Money;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The total of a user's accounts in their currency: accounts in it as they are, the
 * others at the latest rate known today, each rounded on its own; an account without a
 * rate left out and named; another user's rates never used.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomeBalancesIntegrationTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final Currency USD = Currency.getInstance("USD");

	static final Currency JPY = Currency.getInstance("JPY");

	@Autowired
	HomeBalances balances;

	@Autowired
	ExchangeRates rates;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Api api;

	CurrentUser ann;

	LocalDate today;

	@BeforeEach
	void annWithAccountsInEurosDollarsAndYen() {
		jdbc.update("delete from reference_rates");
		api = new Api(mvc);
		ann = users.signUp("Ann");
		today = ann.today(clock);
		api.account(ann, "Giro", "EUR", "1000.00");
		api.account(ann, "Travel", "USD", "100.00");
		api.account(ann, "Card", "JPY", "10000");
	}

	void rate(CurrentUser user, Currency from, LocalDate day, String value) {
		rates.setByHand(user.id(), from, EUR, day, new BigDecimal(value));
	}

	@Test
	void leavesOutAndNamesAnAccountWithoutARate() {
		rate(ann, USD, today.minusDays(1), "0.9234");

		HomeTotal total = balances.total(ann.id());

		assertThat(total.home()).isEqualTo(EUR);
		assertThat(total.total()).isEqualTo(Money.of("1092.34", "EUR"));
		assertThat(total.lines()).extracting(line -> line.account().name()).containsExactly("Giro", "Travel", "Card");
		assertThat(total.leftOut()).extracting(AccountView::name).containsExactly("Card");
		assertThat(total.isComplete()).isFalse();
		assertThat(total.includesConverted()).isTrue();

		HomeTotal.Line giro = total.lines().get(0);
		assertThat(giro.isConverted()).isFalse();
		assertThat(giro.inHome()).isEqualTo(Money.of("1000.00", "EUR"));
		HomeTotal.Line travel = total.lines().get(1);
		assertThat(travel.isConverted()).isTrue();
		assertThat(travel.inHome()).isEqualTo(Money.of("92.34", "EUR"));
		assertThat(travel.rate())
			.isEqualTo(new Rate(USD, EUR, new BigDecimal("0.9234"), today.minusDays(1), Rate.Source.HAND));
		assertThat(travel.shownRate()).isEqualTo("0.9234");
		HomeTotal.Line card = total.lines().get(2);
		assertThat(card.isLeftOut()).isTrue();
		assertThat(card.rate()).isNull();
		assertThat(card.inHome()).isNull();
	}

	@Test
	void includesEveryAccountOnceEachHasARate() {
		rate(ann, USD, today, "0.9234");
		rate(ann, JPY, today.minusDays(10), "0.0061");

		HomeTotal total = balances.total(ann.id());

		assertThat(total.total()).isEqualTo(Money.of("1153.34", "EUR"));
		assertThat(total.leftOut()).isEmpty();
		assertThat(total.isComplete()).isTrue();
		assertThat(total.line(total.lines().get(2).account().id()).inHome()).isEqualTo(Money.of("61.00", "EUR"));
	}

	@Test
	void usesTheLatestRateUpToToday() {
		rate(ann, USD, today.minusDays(5), "0.5");
		rate(ann, USD, today.minusDays(1), "0.9234");
		rate(ann, USD, today.plusDays(1), "2");

		HomeTotal.Line travel = balances.total(ann.id()).lines().get(1);

		assertThat(travel.rate().day()).isEqualTo(today.minusDays(1));
		assertThat(travel.inHome()).isEqualTo(Money.of("92.34", "EUR"));
	}

	@Test
	void usesARateTypedInTheOtherWayRoundAndTheEcbs() {
		rates.setByHand(ann.id(), EUR, JPY, today, new BigDecimal("160"));
		jdbc.update("insert into reference_rates (currency, rate_date, per_euro) values ('USD', ?, ?)",
				java.sql.Date.valueOf(today.minusDays(2)), new BigDecimal("1.25"));

		HomeTotal total = balances.total(ann.id());

		assertThat(total.lines().get(1).rate().source()).isEqualTo(Rate.Source.ECB);
		assertThat(total.lines().get(1).inHome()).isEqualTo(Money.of("80.00", "EUR"));
		assertThat(total.lines().get(2).inHome()).isEqualTo(Money.of("62.50", "EUR"));
		assertThat(total.total()).isEqualTo(Money.of("1142.50", "EUR"));
	}

	@Test
	void neverUsesAnotherUsersRates() {
		CurrentUser bob = users.signUp("Bob");
		rate(bob, USD, today, "0.9234");
		rate(bob, JPY, today, "0.0061");

		HomeTotal total = balances.total(ann.id());

		assertThat(total.total()).isEqualTo(Money.of("1000.00", "EUR"));
		assertThat(total.leftOut()).extracting(AccountView::name).containsExactly("Travel", "Card");
		assertThat(total.includesConverted()).isFalse();
	}

	@Test
	void roundsEachAccountSoThatTheTotalAddsUpToWhatIsShown() {
		CurrentUser cem = users.signUp("Cem");
		api.account(cem, "One", "USD", "0.03");
		api.account(cem, "Two", "USD", "0.03");
		rate(cem, USD, cem.today(clock), "0.5");

		HomeTotal total = balances.total(cem.id());

		// 0.015 each, half-even to 0.02; rounding the sum (0.03) once would give 0.03
		assertThat(total.lines()).extracting(HomeTotal.Line::inHome)
			.containsExactly(Money.of("0.02", "EUR"), Money.of("0.02", "EUR"));
		assertThat(total.total()).isEqualTo(Money.of("0.04", "EUR"));
	}

	@Test
	void aUserWithoutAccountsHasAZeroTotalInTheirCurrency() {
		HomeTotal total = balances.total(users.signUp("Dee").id());

		assertThat(total.total()).isEqualTo(Money.zero(EUR));
		assertThat(total.lines()).isEmpty();
		assertThat(total.isComplete()).isTrue();
	}

}
