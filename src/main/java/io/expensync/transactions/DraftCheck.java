package io.expensync.transactions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.accounts.AccountView;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryType;
import io.expensync.money.Money;
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
	 * The draft's amount in its account's currency, once every rule holds: the draft's
	 * own, then those of the user's accounts, categories and calendar. Breaking any
	 * answers with all the problems at once; someone else's account is not found.
	 */
	Money amount(UUID userId, TransactionDraft draft, @Nullable Transaction existing, List<Problem> alsoWrong) {
		List<Problem> problems = new ArrayList<>(alsoWrong);
		problems.addAll(commands.problems(draft));
		@Nullable Money amount = (draft.accountId() != null) ? inAccount(userId, draft, problems) : null;
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
		return Objects.requireNonNull(amount);
	}

	/**
	 * The amount in the currency of the draft's account (read once, as is the target
	 * account of a transfer), or null with the problem noted.
	 */
	private @Nullable Money inAccount(UUID userId, TransactionDraft draft, List<Problem> problems) {
		AccountView account = accounts.get(userId, Objects.requireNonNull(draft.accountId()));
		if (draft.toAccountId() != null) {
			AccountView to = accounts.get(userId, draft.toAccountId());
			if (!to.currency().equals(account.currency())) {
				problems.add(new Problem("toAccountId", "Transfers between %s and %s accounts are not supported yet"
					.formatted(account.currency(), to.currency())));
			}
		}
		if (draft.currency() != null && !draft.currency().equals(account.currency().getCurrencyCode())) {
			problems.add(new Problem("currency", "The account \"%s\" is kept in %s, not %s".formatted(account.name(),
					account.currency(), draft.currency())));
			return null;
		}
		if (draft.amount() == null) {
			return null;
		}
		try {
			// too many decimals for the currency, or too large
			return Money.of(draft.amount(), account.currency());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("amount", String.valueOf(ex.getMessage())));
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
