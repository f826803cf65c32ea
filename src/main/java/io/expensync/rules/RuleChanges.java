package io.expensync.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.expensync.rules.RuleBook.Outcome;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionSearch;
import io.expensync.transactions.TransactionService;
import io.expensync.transactions.TransactionView;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Apply to existing transactions": what one rule would change in the transactions the
 * user already has, and then changing them, each as an edit of the transaction (so
 * budgets, the activity log and balances follow as after any edit). The rule's conditions
 * look at each transaction as it is stored.
 */
@Service
public class RuleChanges {

	/** How many transactions are read at once, oldest first. */
	private static final int PAGE = 1000;

	private final RuleService rules;

	private final TransactionSearch search;

	private final TransactionService transactions;

	RuleChanges(RuleService rules, TransactionSearch search, TransactionService transactions) {
		this.rules = rules;
		this.search = search;
		this.transactions = transactions;
	}

	/**
	 * One transaction the rule would change, before and after; an after field is the
	 * before one where the rule leaves it.
	 */
	public record Change(TransactionView before, @Nullable String category, @Nullable String merchant,
			@Nullable String description) {

		public boolean categoryChanges() {
			return !Objects.equals(before.category(), category);
		}

		public boolean merchantChanges() {
			return !Objects.equals(before.merchant(), merchant);
		}

		public boolean descriptionChanges() {
			return !Objects.equals(before.description(), description);
		}

		TransactionDraft.Patch patch() {
			return new TransactionDraft.Patch(null, null, null, null, descriptionChanges() ? description : null,
					categoryChanges() ? category : null, merchantChanges() ? merchant : null, null, null, null);
		}

	}

	/**
	 * What the rule would change.
	 *
	 * @param total how many transactions would change
	 * @param changes the first of them (oldest first), at most as many as asked for
	 */
	public record Preview(RuleView rule, long total, List<Change> changes) {
	}

	/** What the rule would change, listing at most {@code limit} of the transactions. */
	@Transactional(readOnly = true)
	public Preview preview(UUID userId, UUID ruleId, int limit) {
		RuleView rule = rules.get(userId, ruleId);
		List<Change> listed = new ArrayList<>();
		long total = each(userId, rules.ruleAlone(userId, ruleId), change -> {
			if (listed.size() < limit) {
				listed.add(change);
			}
		});
		return new Preview(rule, total, listed);
	}

	/**
	 * Changes every transaction the rule would change, all or none.
	 * @return how many changed
	 */
	@Transactional
	public int apply(UUID userId, UUID ruleId) {
		List<Change> all = new ArrayList<>();
		each(userId, rules.ruleAlone(userId, ruleId), all::add);
		for (Change change : all) {
			transactions.patch(userId, change.before().id(), change.patch());
		}
		return all.size();
	}

	private long each(UUID userId, RuleBook book, java.util.function.Consumer<Change> found) {
		long count = 0;
		@Nullable TransactionView last = null;
		while (true) {
			List<TransactionView> page = search.everyAfter(userId, last, PAGE);
			for (TransactionView transaction : page) {
				Change change = change(book, transaction);
				if (change != null) {
					found.accept(change);
					count++;
				}
			}
			if (page.size() < PAGE) {
				return count;
			}
			last = page.get(page.size() - 1);
		}
	}

	private static @Nullable Change change(RuleBook book, TransactionView transaction) {
		Outcome outcome = book.apply(transaction.type(), transaction.amount().amount(), transaction.accountId(),
				transaction.toAccountId(), transaction.description(), transaction.merchant());
		Change change = new Change(transaction, or(outcome.category(), transaction.category()),
				or(outcome.merchant(), transaction.merchant()), or(outcome.description(), transaction.description()));
		return (change.categoryChanges() || change.merchantChanges() || change.descriptionChanges()) ? change : null;
	}

	private static @Nullable String or(@Nullable String changed, @Nullable String stored) {
		return (changed != null) ? changed : stored;
	}

}
