package io.expensync.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.YearMonth;

import io.expensync.UserRows;
import io.expensync.budgets.BudgetThresholdCrossed;
import io.expensync.money.Money;
import io.expensync.users.CredentialsChanged;
import io.expensync.users.CredentialsChanged.Change;
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
 * The notifications module on its own: an event of another module becomes an email in the
 * outbox of the user it names, written in their timezone and locale, and nobody else's.
 * The users module, asked who the user is, is a stand-in here.
 */
@ApplicationModuleTest
class NotificationsModuleTests {

	@MockitoBean
	UserService users;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	@BeforeEach
	void setUp() {
		ann = new UserRows(jdbc).insert("Ann");
		bob = new UserRows(jdbc).insert("Bob");
		given(users.get(ann.id())).willReturn(ann);
		given(users.get(bob.id())).willReturn(bob);
	}

	@Test
	void twoFactorSignInTurnedOnIsEmailedWithTheTimeInTheUsersZone(Scenario scenario) {
		scenario
			.publish(
					new CredentialsChanged(ann.id(), Change.TWO_FACTOR_ON, Instant.parse("2026-06-01T10:00:00Z"), null))
			.andWaitForStateChange(() -> outbox.mailbox(UserRows.current(ann)))
			.andVerify((emails) -> assertThat(emails).singleElement().satisfies((email) -> {
				assertThat(email.recipient()).isEqualTo(ann.email());
				assertThat(email.subject()).isEqualTo("Two-factor sign-in was turned on");
				assertThat(email.kind()).isEqualTo("security-two-factor-on");
				assertThat(email.text()).contains("Hello Ann,", "2026-06-01 12:00 (Europe/Berlin)",
						"Every other browser signed in to your account was signed out.");
			}));
		assertThat(outbox.mailbox(UserRows.current(bob))).isEmpty();
	}

	@Test
	void aBudgetThresholdCrossedIsEmailedInTheUsersMoney(Scenario scenario) {
		scenario
			.publish(new BudgetThresholdCrossed(bob.id(), "ALL", null, YearMonth.of(2026, 5), 80,
					Money.of("500.00", "EUR"), Money.of("420.00", "EUR"), "84", Money.of("80.00", "EUR")))
			.andWaitForStateChange(() -> outbox.mailbox(UserRows.current(bob)))
			.andVerify((emails) -> assertThat(emails).singleElement().satisfies((email) -> {
				assertThat(email.kind()).isEqualTo("budget-alert");
				assertThat(email.subject()).isEqualTo("Budget alert: 84% of your monthly budget used in May 2026");
				assertThat(email.text()).contains("Hello Bob,", "(you asked to hear at 80%)", "/budgets");
			}));
		assertThat(outbox.mailbox(UserRows.current(ann))).isEmpty();
	}

}
