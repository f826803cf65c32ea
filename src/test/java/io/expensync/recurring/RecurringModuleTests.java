package io.expensync.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.AccountRows;
import io.expensync.MovableClockConfiguration;
import io.expensync.MutableClock;
import io.expensync.UserRows;
import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.money.Money;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionType;
import io.expensync.users.Profile;
import io.expensync.users.Role;
import io.expensync.users.UserService;
import io.expensync.users.UserView;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The recurring module with the transactions module it books through: starting a schedule
 * is announced for the audit log, and the daily summary announces, in the user's 7
 * o'clock hour and once, what the job booked for that user, and nothing for a user whose
 * clock shows another hour. Users, accounts and categories are stand-ins; the accounts
 * are rows of their table.
 */
@ApplicationModuleTest(extraIncludes = { "web", "transactions", "rates" })
@Import(MovableClockConfiguration.class)
class RecurringModuleTests {

	static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);

	@MockitoBean
	UserService users;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	CategoryService categories;

	@Autowired
	RecurringService recurring;

	@Autowired
	RecurringSummaryJob summaries;

	@Autowired
	TransactionService transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	UserView ann;

	UserView bob;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		// the users other tests left with untold occurrences: in UTC, where it is not 7
		given(users.get(any())).willAnswer((call) -> user(call.getArgument(0), ZoneId.of("UTC")));
		ann = new UserRows(jdbc).insert("Ann");
		bob = new UserRows(jdbc).insert("Bob");
		given(users.get(ann.id())).willReturn(ann);
		given(users.get(bob.id())).willReturn(user(bob.id(), ZoneId.of("America/Los_Angeles")));
	}

	@Test
	void aScheduleStartedIsAnnouncedWithItsTransactionAsTheFirstOccurrence(Scenario scenario) {
		UUID rent = rent(ann);
		scenario.stimulate(() -> recurring.start(ann.id(), rent, monthly()))
			.andWaitForEventOfType(ScheduleChanged.class)
			.matching((changed) -> changed.userId().equals(ann.id()))
			.toArriveAndVerify((changed, started) -> {
				assertThat(changed.scheduleId()).isEqualTo(started.id());
				assertThat(changed.before()).isNull();
				assertThat(changed.after()).isEqualTo(started);
				assertThat(started.anchor()).isEqualTo(MAY_3);
				assertThat(started.nextDue()).isEqualTo(LocalDate.of(2026, 6, 3));
				assertThat(started.amount()).isEqualTo(Money.of("950.00", "EUR"));
				assertThat(recurring.occurrences(ann.id(), started.id()))
					.containsExactly(new BookedOccurrence(MAY_3, rent));
				assertThat(transactions.get(ann.id(), rent).recurringRuleId()).isEqualTo(started.id());
			});
		assertThat(recurring.list(bob.id())).isEmpty();
	}

	@Test
	void theSummaryTellsWhatTheJobBookedOnceInTheUsersSeventhHour(Scenario scenario) {
		UUID annsRule = recurring.start(ann.id(), rent(ann), monthly()).id();
		UUID bobsRule = recurring.start(bob.id(), rent(bob), monthly()).id();
		clock.set(Instant.parse("2026-06-05T05:30:00Z"));
		LocalDate today = LocalDate.of(2026, 6, 5);
		assertThat(recurring.bookNext(annsRule, today, true)).isTrue();
		assertThat(recurring.bookNext(bobsRule, today, true)).isTrue();

		scenario.stimulate(() -> summaries.run())
			.andWaitForStateChange(() -> untold(ann), (left) -> left == 0)
			.andVerifyEvents((events) -> {
				assertThat(events.ofType(RecurringSummary.class).matchingValue(RecurringSummary::userId, ann.id()))
					.singleElement()
					.extracting(RecurringSummary::lines)
					.isEqualTo(List.of(new RecurringSummary.Line(LocalDate.of(2026, 6, 3), "Rent",
							TransactionType.EXPENSE, Money.of("950.00", "EUR"))));
				assertThat(events.ofType(RecurringSummary.class).matchingValue(RecurringSummary::userId, bob.id()))
					.as("22:30 in Los Angeles: waits for the morning")
					.isEmpty();
			});
		assertThat(untold(bob)).isEqualTo(1);

		scenario.stimulate(() -> summaries.run())
			.andWaitForStateChange(() -> untold(ann), (left) -> left == 0)
			.andVerifyEvents((events) -> assertThat(
					events.ofType(RecurringSummary.class).matchingValue(RecurringSummary::userId, ann.id()))
				.as("told once")
				.hasSize(1));
	}

	@Test
	void aUserWhoseProfileCannotBeReadDoesNotStopTheOthersSummaries(Scenario scenario) {
		// users deleted while the job runs, with occurrences to tell of, in whatever
		// order
		// the job meets them (here before Ann, whose schedule is started after theirs)
		List<UUID> goneRules = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			UserView gone = new UserRows(jdbc).insert("Gone " + i);
			goneRules.add(recurring.start(gone.id(), rent(gone), monthly()).id());
			given(users.get(gone.id())).willThrow(new IllegalStateException("deleted meanwhile"));
		}
		UUID annsRule = recurring.start(ann.id(), rent(ann), monthly()).id();
		clock.set(Instant.parse("2026-06-05T05:30:00Z"));
		for (UUID rule : goneRules) {
			assertThat(recurring.bookNext(rule, LocalDate.of(2026, 6, 5), true)).isTrue();
		}
		assertThat(recurring.bookNext(annsRule, LocalDate.of(2026, 6, 5), true)).isTrue();

		scenario.stimulate(() -> summaries.run())
			.andWaitForStateChange(() -> untold(ann), (left) -> left == 0)
			.andVerifyEvents((events) -> assertThat(
					events.ofType(RecurringSummary.class).matchingValue(RecurringSummary::userId, ann.id()))
				.hasSize(1));
	}

	/** An expense of 950.00 on 3 May, on a new account of the user's. */
	private UUID rent(UserView user) {
		AccountView giro = new AccountRows(jdbc).insert(user, "Giro", "2000.00");
		given(accounts.get(user.id(), giro.id())).willReturn(giro);
		return transactions
			.record(user.id(),
					new TransactionDraft(TransactionType.EXPENSE, Money.of("950.00", "EUR"), MAY_3, "Rent", "housing",
							null, null, giro.id(), null))
			.id();
	}

	private static RecurrenceRequest monthly() {
		return new RecurrenceRequest(RecurrenceInterval.MONTHLY, 1, null);
	}

	/** How many of the user's booked occurrences no summary has told of. */
	private int untold(UserView user) {
		return jdbc.queryForObject("""
				select count(*) from recurring_occurrences o join recurring_rules r on r.id = o.rule_id
				where r.user_id = ? and o.told = false""", Integer.class, user.id());
	}

	private static UserView user(UUID id, ZoneId zone) {
		Profile profile = new Profile(UserRows.PROFILE.currency(), zone, UserRows.PROFILE.locale());
		Instant created = Instant.parse("2026-01-01T00:00:00Z");
		return new UserView(id, id + "@example.org", "Someone", profile, Role.USER, created, created, true, true);
	}

}
