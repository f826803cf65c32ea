package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryType;
import io.expensync.money.Money;
import io.expensync.transactions.Transaction.Amounts;
import io.expensync.web.Commands;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link TransactionService}'s check of a {@link TransactionDraft} before it records or
 * amends a transaction: the draft's own rules first, then the user's accounts (each read
 * once), categories and calendar, all problems at once.
 */
@Component
class DraftCheck {

	private final Commands commands;

	private final AccountService accounts;

	private final CategoryService categories;

	private final Clock clock;

	DraftCheck(Commands commands, AccountService accounts, CategoryService categories, Clock clock) {
		this.commands = commands;
		this.accounts = accounts;
		this.categories = categories;
		this.clock = clock;
	}

	/**
	 * The draft's amounts in its accounts' currencies, once every rule holds: the draft's
	 * own, then those of the user's accounts, categories and calendar. Breaking any
	 * answers with all the problems at once; someone else's account is not found.
	 */
	Amounts amounts(UUID userId, TransactionDraft draft, @Nullable Transaction existing, List<Problem> alsoWrong) {
		List<Problem> problems = new ArrayList<>(alsoWrong);
		problems.addAll(commands.problems(draft));
		@Nullable Amounts amounts = (draft.accountId() != null) ? inAccounts(userId, draft, problems) : null;
		@Nullable Money amount = (amounts != null) ? amounts.amount() : null;
		LocalDate date = draft.date();
		LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(1);
		if (date != null && (date.isBefore(TransactionDraft.EARLIEST) || date.isAfter(latest))) {
			problems.add(new Problem("date",
					"The date must lie between %s and %s".formatted(TransactionDraft.EARLIEST, latest)));
		}
		if (draft.type() != null && draft.category() != null) {
			problems.addAll(categoryProblems(userId, draft, existing));
		}
		if (draft.type() != null && draft.type() != TransactionType.TRANSFER && draft.splits() != null
				&& draft.splits().size() > 1 && draft.splits().size() <= TransactionDraft.MAX_SPLITS) {
			problems.addAll(splitProblems(userId, draft, amount, existing));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return Objects.requireNonNull(amounts);
	}

	/**
	 * The amounts in the currencies of the draft's accounts (each read once), or null
	 * with the problems noted.
	 */
	private @Nullable Amounts inAccounts(UUID userId, TransactionDraft draft, List<Problem> problems) {
		AccountView account = accounts.get(userId, Objects.requireNonNull(draft.accountId()));
		@Nullable Money amount = money("amount", draft.amount(), draft.currency(), account, problems);
		@Nullable Money received = null;
		if (draft.toAccountId() != null) {
			AccountView to = accounts.get(userId, draft.toAccountId());
			if (draft.toCurrency() != null && !draft.toCurrency().equals(to.currency().getCurrencyCode())) {
				problems.add(new Problem("toCurrency", "The account \"%s\" is kept in %s, not %s".formatted(to.name(),
						to.currency().getCurrencyCode(), draft.toCurrency())));
			}
			else if (!to.currency().equals(account.currency())) {
				// its currency is checked above
				received = money("toAmount", draft.toAmount(), null, to, problems);
				if (draft.toAmount() == null) {
					problems.add(new Problem("toAmount", "Enter the amount that arrives in \"%s\", in %s"
						.formatted(to.name(), to.currency().getCurrencyCode())));
				}
			}
			else if (draft.toAmount() != null && draft.amount() != null
					&& draft.toAmount().compareTo(draft.amount()) != 0) {
				problems.add(new Problem("toAmount", "Both accounts are kept in %s, so the amount sent arrives"
					.formatted(to.currency().getCurrencyCode())));
			}
		}
		@Nullable Money original = original(draft, account, problems);
		// with any problem noted, the caller refuses the draft
		return (amount != null) ? new Amounts(amount, received, original) : null;
	}

	/**
	 * An amount in {@code account}'s currency, or null with the problem noted: a
	 * {@code currency} given that is not the account's, or under {@code field} too many
	 * decimals for it, or too large.
	 */
	private static @Nullable Money money(String field, @Nullable BigDecimal number, @Nullable String currency,
			AccountView account, List<Problem> problems) {
		String code = account.currency().getCurrencyCode();
		if (currency != null && !currency.equals(code)) {
			problems.add(new Problem("currency",
					"The account \"%s\" is kept in %s, not %s".formatted(account.name(), code, currency)));
			return null;
		}
		if (number == null) {
			return null;
		}
		try {
			return Money.of(number, account.currency());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, String.valueOf(ex.getMessage())));
			return null;
		}
	}

	/**
	 * The amount an income or expense was made in abroad, or null: none given, or the
	 * problem noted (a currency that is not one, the account's own, or an amount that
	 * currency cannot hold).
	 */
	private static @Nullable Money original(TransactionDraft draft, AccountView account, List<Problem> problems) {
		if (draft.originalAmount() == null || draft.originalCurrency() == null) {
			return null;
		}
		Currency currency;
		try {
			currency = Money.currency(draft.originalCurrency());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("originalCurrency",
					"\"%s\" is not a currency code, such as USD".formatted(draft.originalCurrency())));
			return null;
		}
		if (currency.equals(account.currency())) {
			problems.add(new Problem("originalCurrency",
					"The account \"%s\" is kept in %s already".formatted(account.name(), currency.getCurrencyCode())));
			return null;
		}
		try {
			return Money.of(draft.originalAmount(), currency);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("originalAmount", String.valueOf(ex.getMessage())));
			return null;
		}
	}

	/**
	 * What is wrong with the parts beyond themselves: a category that is not the user's
	 * or not of the transaction's type, an amount the currency cannot hold, and parts
	 * that do not sum exactly to the amount. Each problem names its part.
	 */
	private List<Problem> splitProblems(UUID userId, TransactionDraft draft, @Nullable Money amount,
			@Nullable Transaction existing) {
		List<Problem> problems = new ArrayList<>();
		List<SplitPart> parts = Objects.requireNonNull(draft.splits());
		CategoryType required = Objects.requireNonNull(draft.type()).categoryType().orElseThrow();
		BigDecimal sum = BigDecimal.ZERO;
		boolean summable = true;
		for (int i = 0; i < parts.size(); i++) {
			SplitPart part = parts.get(i);
			String field = "splits[" + i + "]";
			String which = "Part " + (i + 1) + ": ";
			if (part.category() != null) {
				boolean kept = existing != null && existing.type() == draft.type()
						&& existing.view().splits().stream().anyMatch((old) -> part.category().equals(old.category()));
				try {
					if (kept) {
						categories.require(userId, part.category(), required);
					}
					else {
						categories.requireActive(userId, part.category(), required);
					}
				}
				catch (InvalidInputException ex) {
					ex.problems()
						.forEach(
								(problem) -> problems.add(new Problem(field + ".category", which + problem.message())));
				}
			}
			if (part.amount() == null || part.amount().signum() <= 0) {
				summable = false;
			}
			else if (amount != null) {
				try {
					sum = sum.add(Money.of(part.amount(), amount.currency()).amount());
				}
				catch (IllegalArgumentException ex) {
					problems.add(new Problem(field + ".amount", "Part " + (i + 1) + ": " + ex.getMessage()));
					summable = false;
				}
			}
		}
		if (summable && amount != null && sum.compareTo(amount.amount()) != 0) {
			problems.add(new Problem("splits",
					"The parts come to %s, not %s: %s %s".formatted(sum.toPlainString(),
							amount.amount().toPlainString(), amount.amount().subtract(sum).abs().toPlainString(),
							(sum.compareTo(amount.amount()) < 0) ? "left to split" : "too much")));
		}
		return problems;
	}

	private List<Problem> categoryProblems(UUID userId, TransactionDraft draft, @Nullable Transaction existing) {
		Optional<CategoryType> type = Objects.requireNonNull(draft.type()).categoryType();
		String category = Objects.requireNonNull(draft.category());
		// an archived category stays on the transactions that have it, but takes no new
		// ones
		boolean unchanged = existing != null && Objects.equals(existing.category(), category)
				&& existing.type() == draft.type();
		try {
			type.ifPresent(required -> {
				if (unchanged) {
					categories.require(userId, category, required);
				}
				else {
					categories.requireActive(userId, category, required);
				}
			});
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

}
