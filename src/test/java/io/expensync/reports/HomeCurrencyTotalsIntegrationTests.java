package io.expensync.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Totals across accounts in several currencies, in the user's home currency (euros):
 * spending converted at the rate of its own day (or the nearest earlier one), a month's
 * last day counted in that month at that day's rate, amounts without any rate left out
 * and named rather than counted as nothing or as euros, and "this month" as the user's
 * time zone has it. "Today" is 2026-11-25.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class HomeCurrencyTotalsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	CurrentUser ann;

	String euros;

	String dollars;

	String yen;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-11-25T12:00:00Z"));
		jdbc.update("delete from reference_rates");
		api = new Api(mvc);
		ann = users.signUp("Ann");
		euros = api.account(ann, "Giro", "EUR", "1000.00");
		dollars = api.account(ann, "Card", "USD", "500.00");
		yen = api.account(ann, "Travel", "JPY", "50000");
		rate("USD", "2026-10-30", "0.90");
		rate("USD", "2026-11-15", "0.80");
		expense(euros, "10.00", "2026-11-05", "groceries", "Bakery");
		// at the rate of 30 October, the nearest earlier one: 90.00
		expense(dollars, "100.00", "2026-11-10", "groceries", "Supermarket");
		// the month's last day, at the rate of 15 November: 40.00
		expense(dollars, "50.00", "2026-11-30", "food", "Diner");
		// the next month's first day: not in November
		expense(dollars, "70.00", "2026-12-01", "food", "Diner");
		// no rate for yen yet
		expense(yen, "1000", "2026-11-12", "food", "Ramen");
	}

	private void rate(String from, String date, String value) {
		assertThat(api.put(ann, "/api/v1/rates", """
				{"from": "%s", "to": "EUR", "date": "%s", "rate": "%s"}""".formatted(from, date, value))).hasStatusOk();
	}

	private void expense(String account, String amount, String date, String category, String merchant) {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "%s", "date": "%s", "category": "%s", "merchant": "%s",
				 "accountId": "%s", "tags": ["trip"]}""".formatted(amount, date, category, merchant, account)))
			.hasStatus(201);
	}

	@Test
	void theMonthlyReportConvertsEachDayAtItsRateAndNamesWhatHasNoRate() {
		// a report is of a finished month
		clock.set(Instant.parse("2026-12-05T12:00:00Z"));
		MvcTestResult report = api.get(ann, "/api/v1/reports/2026-11");
		assertThat(report).hasStatusOk();
		assertThat(report).bodyJson().extractingPath("$.currency").isEqualTo("EUR");
		assertThat(report).bodyJson().extractingPath("$.expenses").isEqualTo("140.00");
		assertThat(report).bodyJson().extractingPath("$.transactions").isEqualTo(4);
		assertThat(report).bodyJson().extractingPath("$.notConverted").isEqualTo("1000 JPY (on Travel)");
		assertThat(Api.<String>read(report, "$.convertedAt")).contains("1 USD = 0.8000 EUR", "15 Nov 2026");
		assertThat(Api.<List<String>>read(report, "$.categories[?(@.key == 'groceries')].amount"))
			.containsExactly("100.00");
		assertThat(Api.<List<String>>read(report, "$.categories[?(@.key == 'food')].amount")).containsExactly("40.00");
		assertThat(Api.<List<String>>read(report, "$.merchants[*].name")).startsWith("Supermarket", "Diner");

		String page = api.page(ann, "/reports/2026-11");
		assertThat(page).contains("Not in these totals, for want of an exchange rate", "1000 JPY",
				"1 USD = 0.8000 EUR");
		assertThat(page).contains("#trip").contains("€140.00");

		rate("JPY", "2026-11-01", "0.0062");
		MvcTestResult complete = api.get(ann, "/api/v1/reports/2026-11");
		assertThat(complete).bodyJson().extractingPath("$.expenses").isEqualTo("146.20");
		assertThat(complete).bodyJson().extractingPath("$.notConverted").isNull();
		assertThat(api.page(ann, "/reports/2026-11")).doesNotContain("for want of an exchange rate");
	}

	@Test
	void budgetsCountSpendingInOtherCurrenciesConverted() {
		assertThat(api.put(ann, "/api/v1/budgets/ALL", "{\"amount\": \"500.00\"}")).hasStatusOk();
		MvcTestResult budgets = api.get(ann, "/api/v1/budgets");
		assertThat(Api.<List<String>>read(budgets, "$.items[?(@.scope == 'ALL')].spent")).containsExactly("140.00");
		assertThat(Api.<List<String>>read(budgets, "$.items[0].conversions.converted[*].from")).containsExactly("USD");
		assertThat(Api.<List<String>>read(budgets, "$.items[0].conversions.notConverted[*].amount"))
			.containsExactly("1000");
		assertThat(api.page(ann, "/dashboard")).contains("converted", "Not included, for want of an exchange rate",
				"JP¥1,000", "(on Travel)");
	}

	@Test
	void thisMonthIsTheUsersMonth() {
		// 25 November 23:30 in UTC is already 26 November in Auckland, and still
		// November;
		// 30 November 12:00 UTC is 1 December there, whose spending is the dollar 70.00
		clock.set(Instant.parse("2026-11-30T12:00:00Z"));
		assertThat(api.patch(ann, "/api/v1/me", "{\"timezone\": \"Pacific/Auckland\"}")).hasStatusOk();
		String december = api.page(ann, "/dashboard");
		assertThat(december).contains("December 2026", "€56.00");
		assertThat(api.patch(ann, "/api/v1/me", "{\"timezone\": \"Europe/Berlin\"}")).hasStatusOk();
		assertThat(api.page(ann, "/dashboard")).contains("November 2026", "€100.00");
	}

}
