package io.expensync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.expensync.Api;
import io.expensync.TestUsers;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest(properties = { "expensync.demo=true", "expensync.dev-mode=true" })
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserService userService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsWithADemoUserHoldingThreeAccountsAndNinetyDays() {
		CurrentUser demo = userService.current("demo@expensync.local").orElseThrow();
		assertPlausible(demo);
	}

	@Test
	void aSignedInUserInDevModeGeneratesTheSameForThemselves() {
		CurrentUser ann = users.signUp("Ann");
		MvcTestResult result = new Api(mvc).post(ann, "/api/v1/demo-data", "");
		assertThat(result).hasStatus(201).bodyJson().extractingPath("$.accounts").isEqualTo(3);
		assertPlausible(ann);
		assertThat(users.signUp("Bob")).satisfies(bob -> assertThat(
				jdbc.queryForObject("select count(*) from transactions where user_id = ?", Integer.class, bob.id()))
			.as("nobody else gets data")
			.isZero());
	}

	private void assertPlausible(CurrentUser user) {
		List<Map<String, Object>> accounts = jdbc.queryForList(
				"select id, balance, opening_balance, default_owner from accounts where user_id = ?", user.id());
		assertThat(accounts).hasSize(3);
		assertThat(accounts).filteredOn(account -> account.get("default_owner") != null).hasSize(1);
		for (Map<String, Object> account : accounts) {
			BigDecimal signed = jdbc.queryForObject("""
					select coalesce(sum(case when t.account_id = ? then
					          case when t.type = 'INCOME' then t.amount else -t.amount end
					        else coalesce(t.to_amount, t.amount) end), 0)
					from transactions t where t.account_id = ? or t.to_account_id = ?
					""", BigDecimal.class, account.get("id"), account.get("id"), account.get("id"));
			assertThat((BigDecimal) account.get("balance")).as("balance follows from the rows")
				.isEqualByComparingTo(((BigDecimal) account.get("opening_balance")).add(signed));
		}
		Map<String, Object> totals = jdbc.queryForMap("""
				select min(booked_on) as first_day, max(booked_on) as last_day,
				       sum(case when type = 'INCOME' then amount else 0 end) as income,
				       sum(case when type = 'EXPENSE' then amount else 0 end) as expense,
				       sum(case when type = 'INCOME' then 1 else 0 end) as incomes,
				       sum(case when type = 'EXPENSE' then 1 else 0 end) as expenses,
				       sum(case when type = 'TRANSFER' then 1 else 0 end) as transfers
				from transactions where user_id = ?
				""", user.id());
		LocalDate first = ((java.sql.Date) totals.get("first_day")).toLocalDate();
		LocalDate last = ((java.sql.Date) totals.get("last_day")).toLocalDate();
		assertThat(first.until(last).toTotalMonths() * 30 + first.until(last).getDays()).isBetween(80L, 95L);
		assertThat(((Number) totals.get("expenses")).intValue()).as("far more expenses than incomes")
			.isGreaterThan(4 * ((Number) totals.get("incomes")).intValue());
		assertThat(((Number) totals.get("transfers")).intValue()).isBetween(4, 8);
		BigDecimal income = (BigDecimal) totals.get("income");
		BigDecimal expense = (BigDecimal) totals.get("expense");
		assertThat(expense.divide(income, 2, java.math.RoundingMode.HALF_EVEN))
			.as("spending is most, but not all, of the income")
			.isBetween(new BigDecimal("0.55"), new BigDecimal("1.00"));
	}

}
