package io.expensync.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.time.YearMonth;

import io.expensync.AccountRows;
import io.expensync.UserRows;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.budgets.BudgetService;
import io.expensync.categories.CategoryService;
import io.expensync.money.Money;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionType;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The reports module with the transactions module whose sums it reads: a month's report
 * is stored once, and announced for its email only when the month had activity and the
 * user wants it, with that user's figures. Users, budgets, categories and accounts are
 * stand-ins; the accounts are rows of their table.
 */
@ApplicationModuleTest(extraIncludes = { "web", "transactions", "rates" })
class ReportsModuleTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@MockitoBean
	UserService users;

	@MockitoBean
	BudgetService budgets;

	@MockitoBean
	CategoryService categories;

	@MockitoBean
	AccountService accounts;

	@Autowired
	MonthlyReports reports;

	@Autowired
	TransactionService transactions;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	@BeforeEach
	void setUp() {
		ann = user("Ann", true);
		bob = user("Bob", true);
		AccountView giro = account(ann);
		record(ann, giro, TransactionType.INCOME, "3000.00", "2026-09-01", "salary");
		record(ann, giro, TransactionType.EXPENSE, "1200.00", "2026-09-01", "housing");
		record(ann, giro, TransactionType.INCOME, "3000.00", "2026-10-01", "salary");
		record(ann, giro, TransactionType.EXPENSE, "1200.00", "2026-10-01", "housing");
		record(ann, giro, TransactionType.EXPENSE, "80.50", "2026-10-03", "groceries");
		AccountView bobsGiro = account(bob);
		record(bob, bobsGiro, TransactionType.EXPENSE, "10.00", "2026-09-20", "food");
	}

	@Test
	void aMonthWithActivityIsStoredAndAnnouncedOnceWithItsUsersFigures(Scenario scenario) {
		scenario.stimulate(() -> reports.make(ann.id(), OCTOBER))
			.andWaitForEventOfType(MonthlyReportReady.class)
			.toArriveAndVerify((ready, made) -> {
				assertThat(made).isTrue();
				MonthlyReportView report = ready.report();
				assertThat(report.userId()).isEqualTo(ann.id());
				assertThat(report.month()).isEqualTo(OCTOBER);
				assertThat(report.income()).isEqualTo(Money.of("3000.00", "EUR"));
				assertThat(report.expenses()).isEqualTo(Money.of("1280.50", "EUR"));
				assertThat(report.transactions()).isEqualTo(3);
				assertThat(report.details().previousExpenses()).isEqualTo(Money.of("1200.00", "EUR"));
			});
		assertThat(reports.exists(ann.id(), OCTOBER)).isTrue();

		scenario.stimulate(() -> reports.make(ann.id(), OCTOBER))
			.andWaitForStateChange(() -> reports.exists(ann.id(), OCTOBER))
			.andVerifyEvents(
					(events) -> assertThat(events.ofType(MonthlyReportReady.class)).as("made once").hasSize(1));
		assertThat(reports.exists(bob.id(), OCTOBER)).isFalse();
	}

	@Test
	void aMonthWithoutActivityOrAUserWhoOptedOutIsStoredButNotAnnounced(Scenario scenario) {
		UserView carol = user("Carol", false);
		record(carol, account(carol), TransactionType.EXPENSE, "45.00", "2026-10-12", "food");

		scenario.stimulate(() -> {
			reports.make(bob.id(), OCTOBER);
			reports.make(carol.id(), OCTOBER);
		})
			.andWaitForStateChange(() -> reports.exists(bob.id(), OCTOBER) && reports.exists(carol.id(), OCTOBER))
			.andVerifyEvents((events) -> assertThat(events.ofType(MonthlyReportReady.class)).isEmpty());
		assertThat(reports.exists(ann.id(), OCTOBER)).isFalse();
	}

	private UserView user(String name, boolean monthlyReportEmail) {
		UserView row = new UserRows(jdbc).insert(name);
		UserView user = new UserView(row.id(), row.email(), row.name(), row.profile(), row.role(), row.createdAt(),
				row.updatedAt(), monthlyReportEmail, true);
		given(users.get(user.id())).willReturn(user);
		given(users.currentUser(user.id())).willReturn(UserRows.current(user));
		return user;
	}

	private AccountView account(UserView owner) {
		AccountView giro = new AccountRows(jdbc).insert(owner, "Giro", "1000.00");
		given(accounts.get(owner.id(), giro.id())).willReturn(giro);
		return giro;
	}

	private void record(UserView user, AccountView account, TransactionType type, String amount, String date,
			String category) {
		transactions.record(user.id(), new TransactionDraft(type, Money.of(amount, "EUR"), LocalDate.parse(date), null,
				category, null, null, account.id(), null));
	}

}
