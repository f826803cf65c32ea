package io.expensync.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.UserRows;
import io.expensync.accounts.AccountService;
import io.expensync.categories.CategoryService;
import io.expensync.money.Money;
import io.expensync.transactions.Conversions;
import io.expensync.transactions.TransactionTotals.Total;
import io.expensync.transactions.TransactionRecorded;
import io.expensync.transactions.TransactionTotals;
import io.expensync.transactions.TransactionType;
import io.expensync.transactions.TransactionsAdded;
import io.expensync.users.CurrentUser;
import io.expensync.users.UserService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The budgets module on its own: a transaction recorded, or a statement's rows added,
 * make it check that user's budgets once the change has committed, and a threshold this
 * month's spending reached is announced once, with exact amounts, for that user and not
 * for another whose transactions did not change (the hourly sweep checks everyone);
 * setting a budget is announced for the audit log. The spending comes from a stand-in for
 * the transactions module's sums; users, categories and accounts are stand-ins too.
 */
@ApplicationModuleTest(extraIncludes = "web")
class BudgetsModuleTests {

	@MockitoBean
	UserService users;

	@MockitoBean
	CategoryService categories;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	TransactionTotals totals;

	@Autowired
	BudgetService budgets;

	@Autowired
	BudgetAlertChecks checks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	CurrentUser ann;

	CurrentUser bob;

	@BeforeEach
	void setUp() {
		ann = signedUp("Ann");
		bob = signedUp("Bob");
	}

	@Test
	void aChangeToTransactionsAnnouncesTheThresholdItsUserReachedOnce(Scenario scenario) {
		spent(ann, "0.00");
		spent(bob, "0.00");
		budgets.set(ann, new BudgetSetting("ALL", Money.of("100.00", "EUR"), List.of(80, 100)));
		budgets.set(bob, new BudgetSetting("ALL", Money.of("100.00", "EUR"), List.of(80, 100)));
		spent(ann, "85.00");
		// Bob is over as well, but nothing of his changed yet
		spent(bob, "95.00");

		scenario.publish(recorded(ann))
			.andWaitForEventOfType(BudgetThresholdCrossed.class)
			.matching((crossed) -> crossed.userId().equals(ann.id()))
			.toArriveAndVerify((crossed) -> {
				assertThat(crossed.scope()).isEqualTo("ALL");
				assertThat(crossed.categoryName()).isNull();
				assertThat(crossed.month()).isEqualTo(ann.currentMonth(clock));
				assertThat(crossed.threshold()).isEqualTo(80);
				assertThat(crossed.budget()).isEqualTo(Money.of("100.00", "EUR"));
				assertThat(crossed.spent()).isEqualTo(Money.of("85.00", "EUR"));
				assertThat(crossed.percentUsed()).isEqualTo("85.0");
				assertThat(crossed.remaining()).isEqualTo(Money.of("15.00", "EUR"));
			});
		// waits for the check's commit on the budgets it locked, then finds the alert row
		assertThat(budgets.checkAlerts(ann)).as("checked again: not sent twice").isZero();
		assertThat(budgets.checkAlerts(ann.id())).as("checked again by id: not sent twice").isZero();
		assertThat(budgets.checkAlerts(UUID.randomUUID())).as("no such user: nothing to check").isZero();
		assertThat(alerts(ann)).containsExactly(ann.currentMonth(clock) + " 80");
		assertThat(alerts(bob)).isEmpty();

		scenario
			.publish(new TransactionsAdded(bob.id(), UUID.randomUUID(), 40, bob.today(clock).withDayOfMonth(1),
					bob.today(clock)))
			.andWaitForEventOfType(BudgetThresholdCrossed.class)
			.matching((crossed) -> crossed.userId().equals(bob.id()))
			.toArriveAndVerify((crossed) -> {
				assertThat(crossed.threshold()).isEqualTo(80);
				assertThat(crossed.spent()).isEqualTo(Money.of("95.00", "EUR"));
			});

		spent(bob, "100.00");
		scenario.stimulate(() -> checks.sweep())
			.andWaitForEventOfType(BudgetThresholdCrossed.class)
			.matching((crossed) -> crossed.userId().equals(bob.id()) && crossed.threshold() == 100)
			.toArriveAndVerify((crossed) -> assertThat(crossed.remaining()).isEqualTo(Money.of("0.00", "EUR")));
		assertThat(alerts(bob)).containsExactlyInAnyOrder(bob.currentMonth(clock) + " 80",
				bob.currentMonth(clock) + " 100");
		assertThat(alerts(ann)).as("the sweep found nothing new of Ann's").hasSize(1);
	}

	@Test
	void settingAndChangingABudgetIsAnnouncedWithItsTermsBeforeAndAfter(Scenario scenario) {
		spent(ann, "0.00");
		scenario.stimulate(() -> budgets.set(ann, new BudgetSetting("ALL", Money.of("300.00", "EUR"), null)))
			.andWaitForEventOfType(BudgetChanged.class)
			.matching((changed) -> changed.userId().equals(ann.id()))
			.toArriveAndVerify((changed) -> {
				assertThat(changed.scope()).isEqualTo("ALL");
				assertThat(changed.name()).isEqualTo("All spending");
				assertThat(changed.before()).isNull();
				assertThat(changed.after())
					.isEqualTo(new BudgetChanged.Terms(Money.of("300.00", "EUR"), BudgetService.DEFAULT_THRESHOLDS));
			});

		scenario.stimulate(() -> budgets.set(ann, new BudgetSetting("ALL", Money.of("250.00", "EUR"), List.of(50))))
			.andWaitForEventOfType(BudgetChanged.class)
			.matching((changed) -> changed.userId().equals(ann.id()) && changed.before() != null)
			.toArriveAndVerify((changed) -> {
				assertThat(changed.before().amount()).isEqualTo(Money.of("300.00", "EUR"));
				assertThat(changed.after()).isEqualTo(new BudgetChanged.Terms(Money.of("250.00", "EUR"), List.of(50)));
			});
		assertThat(budgets.monthly(ann))
			.hasValueSatisfying((progress) -> assertThat(progress.budget()).isEqualTo(Money.of("250.00", "EUR")));
		assertThat(budgets.monthly(bob)).isEmpty();
	}

	private CurrentUser signedUp(String name) {
		CurrentUser user = UserRows.current(new UserRows(jdbc).insert(name));
		given(users.find(user.id())).willReturn(Optional.of(user));
		return user;
	}

	/** What the user's expenses in the budget's month add up to, on all accounts. */
	private void spent(CurrentUser user, String amount) {
		given(totals.expenses(eq(user.id()), any(), anyCollection(), any(), any()))
			.willReturn(new Total(Money.of(amount, "EUR"), Conversions.none(Money.currency("EUR"))));
	}

	private TransactionRecorded recorded(CurrentUser user) {
		return new TransactionRecorded(user.id(), UUID.randomUUID(), TransactionType.EXPENSE, user.today(clock));
	}

	/** The user's alerts sent, as "month threshold". */
	private List<String> alerts(CurrentUser user) {
		return jdbc.queryForList("""
				select a.alert_month || ' ' || a.threshold from budget_alerts a join budgets b on b.id = a.budget_id
				where b.user_id = ?""", String.class, user.id());
	}

}
