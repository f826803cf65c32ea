package io.expensync.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.expensync.UserRows;
import io.expensync.money.Money;
import io.expensync.users.UserView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The accounts module on its own: what it announces when a user opens, renames and
 * deletes accounts and the default moves, and that the rows it changes are that user's
 * only. The module listening to {@link AccountDeleting} (transactions) is not booked
 * here: deleting an account without transactions needs none.
 */
@ApplicationModuleTest(extraIncludes = "web")
class AccountsModuleTests {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	@BeforeEach
	void setUp() {
		ann = new UserRows(jdbc).insert("Ann");
		bob = new UserRows(jdbc).insert("Bob");
	}

	@Test
	void theFirstAccountOpenedIsAnnouncedAndBecomesTheDefaultWithoutASwitch(Scenario scenario) {
		scenario.stimulate(() -> open(ann, "Giro", "1200.50", false))
			.andWaitForStateChange(() -> accounts.list(ann.id()))
			.andVerifyEvents((events) -> {
				AccountView giro = accounts.list(ann.id()).get(0);
				assertThat(giro.isDefault()).as("the first is the default, though not asked").isTrue();
				assertThat(giro.balance()).isEqualTo(Money.of("1200.50", "EUR"));
				assertThat(events.ofType(AccountChanged.class)).singleElement().satisfies((changed) -> {
					assertThat(changed.userId()).isEqualTo(ann.id());
					assertThat(changed.accountId()).isEqualTo(giro.id());
					assertThat(changed.before()).isNull();
					assertThat(changed.after()).isEqualTo(giro);
				});
				assertThat(events.ofType(DefaultAccountSwitched.class)).as("nothing switched from").isEmpty();
			});
		assertThat(accounts.list(bob.id())).isEmpty();
	}

	@Test
	void deletingTheDefaultAnnouncesItBeforeTheRowGoesAndPassesTheDefaultOn(Scenario scenario) {
		AccountView giro = open(ann, "Giro", "0.00", false);
		AccountView bobs = open(bob, "Giro", "5.00", false);
		scenario.stimulate(() -> open(ann, "Savings", "10.00", true))
			.andWaitForEventOfType(DefaultAccountSwitched.class)
			.matching((switched) -> switched.userId().equals(ann.id()))
			.toArriveAndVerify((switched, opened) -> {
				assertThat(switched.from().id()).isEqualTo(giro.id());
				assertThat(switched.to()).isEqualTo(opened);
			});
		AccountView savings = accounts.list(ann.id()).get(1);

		scenario.stimulate(() -> accounts.delete(ann.id(), savings.id(), false))
			.andWaitForStateChange(() -> accounts.list(ann.id()), (left) -> left.size() == 1)
			.andVerifyEvents((events) -> {
				assertThat(events.ofType(AccountDeleting.class).matchingValue(AccountDeleting::accountId, savings.id()))
					.singleElement()
					.extracting(AccountDeleting::userId)
					.isEqualTo(ann.id());
				assertThat(events.ofType(AccountChanged.class)
					.matchingValue(AccountChanged::accountId, savings.id())
					.matching((changed) -> changed.after() == null)).singleElement()
					.satisfies((gone) -> assertThat(gone.before().name()).isEqualTo("Savings"));
				assertThat(events.ofType(Object.class)
					.matching((event) -> event instanceof AccountDeleting
							|| event instanceof AccountChanged changed && changed.after() == null))
					.as("AccountDeleting before the row goes, AccountChanged after")
					.extracting((event) -> event.getClass().getSimpleName())
					.containsExactly("AccountDeleting", "AccountChanged");
				assertThat(events.ofType(DefaultAccountSwitched.class)
					.matching((switched) -> switched.from().id().equals(savings.id()))).singleElement()
					.satisfies((switched) -> {
						assertThat(switched.userId()).isEqualTo(ann.id());
						assertThat(switched.to().id()).as("the oldest left").isEqualTo(giro.id());
					});
			});
		assertThat(accounts.list(ann.id())).singleElement().satisfies((left) -> {
			assertThat(left.id()).isEqualTo(giro.id());
			assertThat(left.isDefault()).isTrue();
		});
		assertThat(accounts.list(bob.id())).containsExactly(bobs);
	}

	private AccountView open(UserView user, String name, String opening, boolean makeDefault) {
		return accounts.create(user.id(),
				new NewAccount(name, AccountType.CURRENT, Money.of(opening, "EUR"), makeDefault));
	}

}
