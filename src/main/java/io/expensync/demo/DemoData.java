package io.expensync.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountType;
import io.expensync.accounts.AccountView;
import io.expensync.accounts.NewAccount;
import io.expensync.money.Money;
import io.expensync.recurring.RecurrenceInterval;
import io.expensync.recurring.RecurrenceRequest;
import io.expensync.register.Entries;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionType;
import io.expensync.users.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three accounts and about 90 days of a plausible household's money: a monthly salary and
 * rent, bills, groceries and meals out on the current account and a credit card, a
 * monthly transfer to savings and a card repayment. Every row goes through
 * {@link TransactionService}, so the balances follow from the rows.
 */
@Service
@EnableConfigurationProperties(DemoProperties.class)
public class DemoData {

	static final int DAYS = 90;

	private static final String[] GROCERS = { "Lidl", "Aldi", "Tesco", "Whole Foods", "Farmers' market" };

	private static final String[] RESTAURANTS = { "Café Central", "Pizza Roma", "Sushi Bar Kyo", "The Green Bowl",
			"Bakery Brot & Zeit" };

	private final AccountService accounts;

	private final TransactionService transactions;

	private final Entries entries;

	private final Clock clock;

	DemoData(AccountService accounts, TransactionService transactions, Entries entries, Clock clock) {
		this.accounts = accounts;
		this.transactions = transactions;
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Adds the three demo accounts and their transactions to this user's data; returns
	 * how many rows it made.
	 */
	@Transactional
	public int generate(CurrentUser user) {
		Random random = new Random(user.id().getMostSignificantBits() ^ clock.millis() / 86_400_000L);
		Generator generator = new Generator(user, random);
		LocalDate today = user.today(clock);
		for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
			generator.day(day);
		}
		return generator.count;
	}

	private final class Generator {

		private final CurrentUser user;

		private final Random random;

		private final AccountView current;

		private final AccountView savings;

		private final AccountView card;

		private int count;

		private final Set<String> started = new HashSet<>();

		Generator(CurrentUser user, Random random) {
			this.user = user;
			this.random = random;
			boolean first = accounts.list(user.id()).isEmpty();
			this.current = open("Everyday account", AccountType.CURRENT, 2400, first);
			this.savings = open("Savings", AccountType.SAVINGS, 8000, false);
			this.card = open("Credit card", AccountType.CREDIT_CARD, 0, false);
		}

		void day(LocalDate day) {
			int dom = day.getDayOfMonth();
			// salary, rent and saving are schedules: their first date books the later
			// ones up to today
			if (dom == 25) {
				monthly(TransactionType.INCOME, current, null, day, 3400, "salary", "Monthly salary", "Acme GmbH");
			}
			if (dom == 1) {
				monthly(TransactionType.EXPENSE, current, null, day, 1150, "housing", "Rent", "City Homes");
				income(savings, day, 9, 16, "investments", "Interest", "Savings bank");
			}
			if (dom == 5) {
				expense(current, day, 70, 140, "utilities", "Electricity and gas", "Stadtwerke");
				expense(current, day, 35, 35, "utilities", "Internet", "FiberNet");
			}
			if (dom == 12) {
				expense(current, day, 28, 28, "insurance", "Contents insurance", "SafeHome");
				expense(card, day, 11, 11, "entertainment", "Streaming subscription", "StreamFlix");
			}
			if (dom == 15 && random.nextInt(3) == 0) {
				income(current, day, 300, 900, "freelance", "Freelance design work", "Studio North");
			}
			if (dom == 20) {
				transfer(current, card, day, 450, "Credit card repayment");
			}
			if (dom == 26) {
				monthly(TransactionType.TRANSFER, current, savings.id(), day, 400, null, "Monthly saving", null);
			}
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.TUESDAY) {
				expense(random.nextBoolean() ? current : card, day, 25, 110, "groceries", "Weekly shop", pick(GROCERS));
			}
			if (random.nextInt(7) < 3) {
				expense(card, day, 6, 45, "food", "Lunch", pick(RESTAURANTS));
			}
			if (day.getDayOfWeek().getValue() <= 5 && random.nextInt(5) < 2) {
				expense(current, day, 3, 18, "transportation", "Bus and train", "City Transit");
			}
			if (day.getDayOfWeek() == DayOfWeek.FRIDAY && random.nextBoolean()) {
				expense(card, day, 12, 60, "entertainment", "Cinema and drinks", "Odeon");
			}
			if (random.nextInt(10) == 0) {
				expense(card, day, 20, 150, "shopping", "Clothes and household", "Zalando");
			}
			if (random.nextInt(30) == 0) {
				expense(current, day, 15, 120, "healthcare", "Pharmacy", "City Pharmacy");
			}
			if (dom == 8) {
				expense(current, day, 25, 45, "personal", "Haircut", "Salon Lisa");
			}
		}

		private AccountView open(String name, AccountType type, int opening, boolean isDefault) {
			Money balance = Money.of(BigDecimal.valueOf(opening)
				.setScale(Money.fractionDigits(user.currency()), RoundingMode.UNNECESSARY), user.currency());
			return accounts.create(user.id(), new NewAccount(name, type, balance, isDefault));
		}

		private void income(AccountView account, LocalDate day, int min, int max, String category, String text,
				String merchant) {
			book(TransactionType.INCOME, account, null, day, amount(min, max), category, text, merchant);
		}

		private void expense(AccountView account, LocalDate day, int min, int max, String category, String text,
				String merchant) {
			book(TransactionType.EXPENSE, account, null, day, amount(min, max), category, text, merchant);
		}

		private void transfer(AccountView from, AccountView to, LocalDate day, int amount, String text) {
			book(TransactionType.TRANSFER, from, to.id(), day, amount(amount, amount), null, text, null);
		}

		/**
		 * Starts a monthly schedule on its first date; later dates count too, as the
		 * schedule books them.
		 */
		private void monthly(TransactionType type, AccountView account, @Nullable UUID to, LocalDate day, int amount,
				@Nullable String category, String text, @Nullable String merchant) {
			if (started.add(text)) {
				entries.record(
						user.id(), new TransactionDraft(type, amount(amount, amount), day, text, category, merchant,
								null, account.id(), to),
						new RecurrenceRequest(RecurrenceInterval.MONTHLY, 1, null), null);
			}
			count++;
		}

		private void book(TransactionType type, AccountView account, @Nullable UUID to, LocalDate day, Money amount,
				@Nullable String category, String text, @Nullable String merchant) {
			transactions.record(user.id(),
					new TransactionDraft(type, amount, day, text, category, merchant, null, account.id(), to));
			count++;
		}

		/**
		 * A whole amount between min and max, with random cents when the range is a
		 * range.
		 */
		private Money amount(int min, int max) {
			long cents = min == max ? min * 100L : min * 100L + random.nextInt((max - min) * 100 + 1);
			BigDecimal value = BigDecimal.valueOf(cents, 2)
				.setScale(Money.fractionDigits(user.currency()), RoundingMode.HALF_EVEN);
			return Money.of(value.max(BigDecimal.ONE), user.currency());
		}

		private String pick(String[] choices) {
			return choices[random.nextInt(choices.length)];
		}

	}

}
