package io.expensync.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * {@code /api/v1/rates}: the rate that counts on a day, from the day it was given;
 * storing and removing a rate typed in; 400 naming the field for what is no currency, day
 * or rate, with nothing stored; 404 where no rate is known; and another user's rates
 * neither seen nor removed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RateApiIntegrationTests {

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

	CurrentUser bob;

	@BeforeEach
	void setUp() {
		jdbc.update("delete from reference_rates");
		api = new Api(mvc);
		ann = users.signUp("Ann");
		bob = users.signUp("Bob");
	}

	void ecb(LocalDate day, String currency, String perEuro) {
		jdbc.update("insert into reference_rates (currency, rate_date, per_euro) values (?, ?, ?)", currency,
				Date.valueOf(day), new BigDecimal(perEuro));
	}

	MvcTestResult rate(CurrentUser user, String... params) {
		return api.get(user, "/api/v1/rates", params);
	}

	int handRates(CurrentUser user) {
		return jdbc.queryForObject("select count(*) from hand_rates where user_id = ?", Integer.class, user.id());
	}

	@Test
	void answersTheRateOfTheLatestDayOnOrBeforeTheDayAsked() {
		ecb(LocalDate.of(2026, 11, 27), "USD", "1.0543");
		MvcTestResult result = rate(ann, "from", "EUR", "to", "USD", "date", "2026-11-30");
		assertThat(result).hasStatusOk();
		assertThat(Api.<String>read(result, "$.from")).isEqualTo("EUR");
		assertThat(Api.<String>read(result, "$.to")).isEqualTo("USD");
		assertThat(Api.<String>read(result, "$.date")).isEqualTo("2026-11-30");
		assertThat(Api.<String>read(result, "$.rateDate")).isEqualTo("2026-11-27");
		assertThat(Api.<String>read(result, "$.rate")).isEqualTo("1.0543");
		assertThat(Api.<String>read(result, "$.source")).isEqualTo("ECB");

		MvcTestResult inverse = rate(ann, "from", "usd", "to", "EUR", "date", "2026-11-28");
		assertThat(Api.<String>read(inverse, "$.rate")).isEqualTo("0.9484966328369534");

		MvcTestResult today = rate(ann, "from", "EUR", "to", "USD");
		assertThat(Api.<String>read(today, "$.date")).isEqualTo(ann.today(clock).toString());
		assertThat(Api.<String>read(today, "$.rateDate")).isEqualTo("2026-11-27");

		MvcTestResult same = rate(ann, "from", "JPY", "to", "JPY", "date", "2026-11-30");
		assertThat(Api.<String>read(same, "$.rate")).isEqualTo("1");
		assertThat(Api.<String>read(same, "$.source")).isEqualTo("SAME");
	}

	@Test
	void answers404WhereNoRateIsKnown() {
		ecb(LocalDate.of(2026, 11, 27), "USD", "1.0543");
		MvcTestResult before = rate(ann, "from", "EUR", "to", "USD", "date", "2026-11-26");
		assertThat(before).hasStatus(404);
		assertThat(before.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(Api.<String>read(before, "$.detail")).isEqualTo("Rate EUR/USD on 2026-11-26 not found");
		assertThat(rate(ann, "from", "CHF", "to", "SEK", "date", "2026-11-30")).hasStatus(404);
	}

	@Test
	void refusesWhatIsNoCurrencyOrDayNamingTheField() {
		assertThat(field(rate(ann, "from", "XYZ", "to", "EUR"))).containsExactly("from");
		assertThat(field(rate(ann, "from", "EUR", "to", "euro"))).containsExactly("to");
		assertThat(field(rate(ann, "to", "EUR"))).containsExactly("from");
		assertThat(field(rate(ann, "from", "X", "to", ""))).containsExactly("from", "to");
		assertThat(field(rate(ann, "from", "EUR", "to", "USD", "date", "2026-13-01"))).containsExactly("date");
		assertThat(field(rate(ann, "from", "EUR", "to", "USD", "date", "yesterday"))).containsExactly("date");
	}

	@Test
	void storesARateTypedInAndAnswersIt() {
		ecb(LocalDate.of(2026, 11, 27), "USD", "1.0543");
		MvcTestResult stored = api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "2026-11-27", "rate": "0.9500"}""");
		assertThat(stored).hasStatusOk();
		assertThat(Api.<String>read(stored, "$.rate")).isEqualTo("0.95");
		assertThat(Api.<String>read(stored, "$.rateDate")).isEqualTo("2026-11-27");
		assertThat(Api.<String>read(stored, "$.source")).isEqualTo("HAND");

		MvcTestResult read = rate(ann, "from", "USD", "to", "EUR", "date", "2026-11-30");
		assertThat(Api.<String>read(read, "$.rate")).as("typed in wins the day").isEqualTo("0.95");
		assertThat(Api.<String>read(read, "$.source")).isEqualTo("HAND");
		assertThat(Api.<String>read(rate(bob, "from", "USD", "to", "EUR", "date", "2026-11-30"), "$.source"))
			.as("Bob gets the ECB's")
			.isEqualTo("ECB");

		assertThat(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "2026-11-27", "rate": "0.96"}""")).hasStatusOk();
		assertThat(handRates(ann)).isEqualTo(1);
		assertThat(Api.<String>read(rate(ann, "from", "USD", "to", "EUR", "date", "2026-11-27"), "$.rate"))
			.isEqualTo("0.96");
	}

	@Test
	void theSameRatesTypedBySixteenClientsAtOnceAreStoredOnceAndNoneIsRefused() throws Exception {
		int clients = 16;
		int days = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		List<Future<List<Integer>>> answers = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			String rate = "0.95%02d".formatted(client);
			answers.add(threads.submit(() -> {
				start.await();
				List<Integer> statuses = new ArrayList<>();
				for (int day = 1; day <= days; day++) {
					statuses.add(api.put(ann, "/api/v1/rates", """
							{"from": "USD", "to": "EUR", "date": "2026-11-%02d", "rate": "%s"}""".formatted(day, rate))
						.getResponse()
						.getStatus());
				}
				return statuses;
			}));
		}
		start.countDown();
		threads.shutdown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<List<Integer>> answer : answers) {
			statuses.addAll(answer.get(2, TimeUnit.MINUTES));
		}

		assertThat(statuses).hasSize(clients * days).containsOnly(200);
		assertThat(handRates(ann)).isEqualTo(days);
		assertThat(jdbc.queryForList("select rate from hand_rates where user_id = ?", BigDecimal.class, ann.id()))
			.allSatisfy(rate -> assertThat(rate).isBetween(new BigDecimal("0.9500"), new BigDecimal("0.9515")));
	}

	@Test
	void refusesARateThatIsNoRateNamingTheFieldAndStoresNothing() {
		assertThat(field(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "USD", "date": "2026-11-27", "rate": "1"}"""))).containsExactly("to");
		assertThat(field(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "2026-11-27", "rate": "0"}"""))).containsExactly("rate");
		assertThat(field(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "2026-11-27", "rate": "1.00000000001"}""")))
			.containsExactly("rate");
		assertThat(field(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "2026-11-27", "rate": "1e3"}"""))).containsExactly("rate");
		assertThat(field(api.put(ann, "/api/v1/rates", """
				{"from": "USD", "to": "EUR", "date": "27/11/2026", "rate": "1"}"""))).containsExactly("date");
		assertThat(field(api.put(ann, "/api/v1/rates", """
				{"from": "ABC", "to": "EUR", "date": "2026-11-27", "rate": "-2"}"""))).containsExactly("from", "rate");
		assertThat(field(api.put(ann, "/api/v1/rates", "{}"))).containsExactly("from", "to", "date", "rate");
		assertThat(api.put(ann, "/api/v1/rates", "[1, 2]")).hasStatus(400);
		assertThat(handRates(ann)).isZero();
	}

	@Test
	void removesARateTypedIn() {
		assertThat(api.put(ann, "/api/v1/rates", """
				{"from": "GBP", "to": "EUR", "date": "2026-11-27", "rate": "1.19"}""")).hasStatusOk();
		assertThat(field(api.delete(ann, "/api/v1/rates?from=GBP&to=EUR"))).containsExactly("date");
		assertThat(api.delete(ann, "/api/v1/rates?from=EUR&to=GBP&date=2026-11-27")).as("the other way round")
			.hasStatus(404);
		assertThat(api.delete(bob, "/api/v1/rates?from=GBP&to=EUR&date=2026-11-27")).as("not Bob's").hasStatus(404);
		assertThat(handRates(ann)).isEqualTo(1);
		assertThat(api.delete(ann, "/api/v1/rates?from=GBP&to=EUR&date=2026-11-27")).hasStatus(204);
		assertThat(handRates(ann)).isZero();
		assertThat(api.delete(ann, "/api/v1/rates?from=GBP&to=EUR&date=2026-11-27")).hasStatus(404);
		assertThat(rate(ann, "from", "GBP", "to", "EUR", "date", "2026-11-30")).hasStatus(404);
	}

	@Test
	void anotherUsersRatesAreNeverSeen() {
		assertThat(api.put(bob, "/api/v1/rates", """
				{"from": "CHF", "to": "SEK", "date": "2026-11-27", "rate": "11.9"}""")).hasStatusOk();
		assertThat(rate(bob, "from", "SEK", "to", "CHF", "date", "2026-11-27")).hasStatusOk();
		assertThat(rate(ann, "from", "CHF", "to", "SEK", "date", "2026-11-27")).hasStatus(404);
		assertThat(rate(ann, "from", "SEK", "to", "CHF", "date", "2026-11-28")).hasStatus(404);
	}

	@Test
	void asksForSignIn() {
		assertThat(mvc.get().uri("/api/v1/rates?from=EUR&to=USD").exchange()).hasStatus(401);
	}

	private static List<String> field(MvcTestResult result) {
		assertThat(result).hasStatus(400);
		return Api.read(result, "$.errors[*].field");
	}

}
