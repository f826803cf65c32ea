package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.AccountRows;
import io.expensync.UserRows;
import io.expensync.accounts.AccountDeleting;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.money.Money;
import io.expensync.users.UserDeleting;
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
 * The transactions module on its own: what it announces when a transaction is recorded or
 * deleted, and what it removes, inside the deleting database transaction, when an account
 * or a user is about to be deleted: that account's or user's rows and nobody else's. The
 * accounts module, which it asks for the account and posts balances to, and the
 * categories module are stand-ins here; the accounts are rows of their table.
 */
@ApplicationModuleTest(extraIncludes = { "web", "rates" })
class TransactionsModuleTests {

	static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	CategoryService categories;

	/** For the rates module, which reads the user's day for the latest rates. */
	@MockitoBean
	UserService users;

	@Autowired
	TransactionService transactions;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	AccountView giro;

	AccountView savings;

	AccountView bobsGiro;

	@BeforeEach
	void setUp() {
		ann = new UserRows(jdbc).insert("Ann");
		bob = new UserRows(jdbc).insert("Bob");
		giro = account(ann, "Giro");
		savings = account(ann, "Savings");
		bobsGiro = account(bob, "Giro");
	}

	@Test
	void anExpenseRecordedIsAnnouncedAndPostedToItsAccount(Scenario scenario) {
		scenario.stimulate(() -> transactions.record(ann.id(), expense("12.50", giro)))
			.andWaitForStateChange(() -> rowsOf(ann))
			.andVerifyEvents((events) -> {
				UUID id = rowsOf(ann).get(0);
				assertThat(
						events.ofType(TransactionRecorded.class).matchingValue(TransactionRecorded::transactionId, id))
					.singleElement()
					.satisfies((recorded) -> {
						assertThat(recorded.userId()).isEqualTo(ann.id());
						assertThat(recorded.type()).isEqualTo(TransactionType.EXPENSE);
						assertThat(recorded.date()).isEqualTo(MAY_3);
					});
				assertThat(events.ofType(TransactionChanged.class).matchingValue(TransactionChanged::transactionId, id))
					.singleElement()
					.satisfies((changed) -> {
						assertThat(changed.userId()).isEqualTo(ann.id());
						assertThat(changed.before()).isNull();
						assertThat(changed.after().amount()).isEqualTo(Money.of("12.50", "EUR"));
						assertThat(changed.after().category()).isEqualTo("food");
					});
			});
		verify(accounts).post(eq(ann.id()), eq(giro.id()), amount("-12.50"), eq(1), eq(0));
		assertThat(rowsOf(bob)).isEmpty();
	}

	@Test
	void aTransactionDeletedIsAnnouncedWithHowItLookedAndItsPostingReversed(Scenario scenario) {
		UUID id = transactions.record(ann.id(), expense("12.50", giro)).id();
		UUID bobs = transactions.record(bob.id(), expense("7.00", bobsGiro)).id();

		scenario.stimulate(() -> transactions.delete(ann.id(), id))
			.andWaitForEventOfType(TransactionChanged.class)
			.matching((changed) -> changed.transactionId().equals(id) && changed.after() == null)
			.toArriveAndVerify((changed) -> {
				assertThat(changed.userId()).isEqualTo(ann.id());
				assertThat(changed.before().amount()).isEqualTo(Money.of("12.50", "EUR"));
			});
		verify(accounts).post(eq(ann.id()), eq(giro.id()), amount("12.50"), eq(-1), eq(0));
		assertThat(rowsOf(ann)).isEmpty();
		assertThat(rowsOf(bob)).containsExactly(bobs);
	}

	@Test
	void anAccountBeingDeletedLosesItsTransactionsAndItsTransfersAreReversedOnTheOtherSide(Scenario scenario) {
		transactions.record(ann.id(), expense("12.50", giro));
		transactions.record(ann.id(), new TransactionDraft(TransactionType.TRANSFER, Money.of("40.00", "EUR"), MAY_3,
				null, null, null, null, giro.id(), savings.id()));
		UUID kept = transactions.record(ann.id(), expense("3.00", savings)).id();
		UUID bobs = transactions.record(bob.id(), expense("7.00", bobsGiro)).id();
		clearInvocations(accounts);

		scenario.publish(new AccountDeleting(ann.id(), giro.id(), false))
			.andWaitForStateChange(() -> rowsOf(ann), (left) -> left.size() == 1)
			.andVerify((left) -> assertThat(left).containsExactly(kept));
		verify(accounts).post(eq(ann.id()), eq(savings.id()), amount("-40.00"), eq(0), eq(-1));
		verify(accounts, never()).post(any(), eq(giro.id()), any(), anyInt(), anyInt());
		assertThat(rowsOf(bob)).containsExactly(bobs);
	}

	@Test
	void aUserBeingDeletedLosesAllTheirTransactionsWithoutPostings(Scenario scenario) {
		transactions.record(ann.id(), expense("12.50", giro));
		transactions.record(ann.id(), expense("3.00", savings));
		UUID bobs = transactions.record(bob.id(), expense("7.00", bobsGiro)).id();
		clearInvocations(accounts);

		scenario.publish(new UserDeleting(ann.id()))
			.andWaitForStateChange(() -> rowsOf(ann), (left) -> left.isEmpty())
			.andVerify((left) -> assertThat(rowsOf(bob)).containsExactly(bobs));
		verify(accounts, never()).post(any(), any(), any(), anyInt(), anyInt());
	}

	private AccountView account(UserView owner, String name) {
		AccountView account = new AccountRows(jdbc).insert(owner, name, "100.00");
		given(accounts.get(owner.id(), account.id())).willReturn(account);
		return account;
	}

	private static TransactionDraft expense(String amount, AccountView account) {
		return new TransactionDraft(TransactionType.EXPENSE, Money.of(amount, "EUR"), MAY_3, "Lunch", "food", null,
				null, account.id(), null);
	}

	private List<UUID> rowsOf(UserView user) {
		return jdbc.queryForList("select id from transactions where user_id = ?", UUID.class, user.id());
	}

	private static BigDecimal amount(String expected) {
		return argThat((delta) -> delta.compareTo(new BigDecimal(expected)) == 0);
	}

}
