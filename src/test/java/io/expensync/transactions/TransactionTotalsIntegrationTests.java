package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.expensync.Api;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.TestUsers;
import io.expensync.money.Money;
import io.expensync.transactions.AccountActivities.AccountActivity;
import io.expensync.transactions.AccountActivities.ActivityRange;
import io.expensync.transactions.TransactionTotals.CategoryHabit;
import io.expensync.transactions.TransactionTotals.CategoryTotal;
import io.expensync.users.CurrentUser;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The account chart's buckets and totals, and the spending per category, with "today" =
 * 2026-11-25.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class) // the clock the other tests of time share, set
											// below
class TransactionTotalsIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTotals totals;

	@Autowired
	AccountActivities activities;

	@Autowired
	LearnedCategories learned;

	Api api;

	CurrentUser ann;

	String giro;

	String savings;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-11-25T12:00:00Z"));
		api = new Api(mvc);
		ann = users.signUp("Ann");
		giro = api.account(ann, "Giro", "0");
		savings = api.account(ann, "Savings", "0");
		book("INCOME", "2026-11-25", "1000.00", "salary");
		book("EXPENSE", "2026-11-25", "0.10", "food");
		book("EXPENSE", "2026-11-19", "0.20", "food");
		book("EXPENSE", "2026-11-18", "40.00", "groceries");
		book("EXPENSE", "2025-11-25", "7.00", "groceries");
		api.transfer(ann, giro, savings, "300.00");
	}

	@Test
	void sevenDaysArePerDayAndLeaveTransfersOut() {
		AccountActivity week = activities.activity(ann.id(), UUID.fromString(giro), ann.currency(), ActivityRange.D7,
				BERLIN);
		assertThat(week.bucket()).isEqualTo("day");
		assertThat(week.labels()).hasSize(7).startsWith("19 Nov 2026").endsWith("25 Nov 2026");
		assertThat(week.income()).last().isEqualTo(new java.math.BigDecimal("1000.00"));
		assertThat(week.expense()).first().isEqualTo(new java.math.BigDecimal("0.20"));
		assertThat(week.totalIncome()).isEqualTo(Money.of("1000.00", "EUR"));
		assertThat(week.totalExpense()).isEqualTo(Money.of("0.30", "EUR"));
		assertThat(week.net()).isEqualTo(Money.of("999.70", "EUR"));
	}

	@Test
	void longerRangesUseWeeksThenMonthsAndKeepTheYear() {
		AccountActivity quarter = activities.activity(ann.id(), UUID.fromString(giro), ann.currency(), ActivityRange.M3,
				BERLIN);
		assertThat(quarter.bucket()).isEqualTo("week");
		assertThat(quarter.labels()).last().isEqualTo("Week of 23 Nov 2026");
		assertThat(quarter.totalExpense()).isEqualTo(Money.of("40.30", "EUR"));

		AccountActivity all = activities.activity(ann.id(), UUID.fromString(giro), ann.currency(), ActivityRange.ALL,
				BERLIN);
		assertThat(all.bucket()).isEqualTo("month");
		assertThat(all.labels()).hasSize(13).startsWith("Nov 2025").endsWith("Nov 2026");
		assertThat(all.expense().get(0)).isEqualByComparingTo("7.00");
		assertThat(all.expense().get(12)).isEqualByComparingTo("40.30");
		assertThat(all.totalExpense()).isEqualTo(Money.of("47.30", "EUR"));
	}

	@Test
	void spendingThisMonthPerCategoryLargestFirst() {
		List<CategoryTotal> month = totals.spendingThisMonth(ann.id(), ann.currency(), BERLIN).byCategory();
		assertThat(month).containsExactly(new CategoryTotal("groceries", Money.of("40.00", "EUR")),
				new CategoryTotal("food", Money.of("0.30", "EUR")));
	}

	@Test
	void accountPageSortsByAmountBothWays() throws Exception {
		List<String> ascending = Api.read(api.get(ann, "/api/v1/transactions", "sort", "amount", "dir", "asc"),
				"$.items[*].amount");
		assertThat(ascending).containsExactly("0.10", "0.20", "7.00", "40.00", "300.00", "1000.00");
		var page = mvc.get()
			.uri("/accounts/" + giro)
			.param("sort", "amount")
			.param("dir", "desc")
			.header("HX-Request", "true")
			.header("HX-Target", "ledger")
			.with(TestUsers.session(ann))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().doesNotContain("<html");
		String body = page.getResponse().getContentAsString();
		assertThat(body.indexOf("+€1,000.00")).isLessThan(body.indexOf("−€300.00"));
		assertThat(body.indexOf("−€300.00")).isLessThan(body.indexOf("−€40.00"));
		assertThat(body.indexOf("−€40.00")).isLessThan(body.indexOf("−€0.10"));
	}

	@Test
	void aSplitExpenseTeachesItsMerchantTheCategoryOfItsLargestPart() {
		for (String parts : List.of("""
				[{"category": "groceries", "amount": "40.00"}, {"category": "personal", "amount": "10.00"}]""", """
				[{"category": "personal", "amount": "5.00"}, {"category": "groceries", "amount": "25.00"}]""")) {
			assertThat(api.post(ann, "/api/v1/transactions",
					"""
							{"type": "EXPENSE", "amount": "%s", "date": "2026-11-20", "merchant": "Corner Shop", "accountId": "%s",
							 "splits": %s}"""
						.formatted(parts.contains("40.00") ? "50.00" : "30.00", giro, parts)))
				.hasStatus(201);
		}
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "EXPENSE", "amount": "3.00", "date": "2026-11-21", "merchant": "Corner Shop",
				 "category": "food", "accountId": "%s"}""".formatted(giro))).hasStatus(201);

		assertThat(totals.expenseCategoriesByMerchant(ann.id()))
			.filteredOn((habit) -> habit.merchant().equals("Corner Shop"))
			.extracting(CategoryHabit::category, CategoryHabit::count)
			.containsExactlyInAnyOrder(Tuple.tuple("food", 1L), Tuple.tuple("groceries", 2L));
		assertThat(learned.suggest(ann.id(), "CORNER SHOP LTD")).map(LearnedCategories.Suggestion::category)
			.contains("groceries");
	}

	private void book(String type, String date, String amount, String category) {
		assertThat(api.post(ann, "/api/v1/transactions", """
				{"type": "%s", "amount": "%s", "date": "%s", "category": "%s", "accountId": "%s"}
				""".formatted(type, amount, date, category, giro))).hasStatus(201);
	}

}
