package io.expensync.rules;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryType;
import io.expensync.categories.CategoryView;
import io.expensync.rules.RuleBook.Outcome;
import io.expensync.transactions.DraftFiling;
import io.expensync.transactions.LearnedCategories;
import io.expensync.transactions.LearnedCategories.Suggestion;
import io.expensync.transactions.TransactionDraft;
import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Files every transaction that is added (on the form, through the API, as a schedule's
 * occurrence): the user's rules first, which win over a category the user chose, as in
 * Firefly III; then, for an expense still without a category, the category the user gave
 * this merchant (or description) before ({@link LearnedCategories}).
 */
@Component
class RuleFiling implements DraftFiling {

	private final RuleService rules;

	private final LearnedCategories learned;

	private final CategoryService categories;

	RuleFiling(RuleService rules, LearnedCategories learned, CategoryService categories) {
		this.rules = rules;
		this.learned = learned;
		this.categories = categories;
	}

	@Override
	public TransactionDraft file(UUID userId, TransactionDraft draft) {
		TransactionType type = draft.type();
		if (type == null) {
			return draft;
		}
		Outcome outcome = rules.rulesFor(userId)
			.apply(type, draft.amount(), draft.accountId(), draft.toAccountId(), draft.description(), draft.merchant());
		@Nullable String category = (outcome.category() != null) ? outcome.category() : draft.category();
		if (category == null && type == TransactionType.EXPENSE
				&& (draft.splits() == null || draft.splits().isEmpty())) {
			category = learnt(userId, draft).orElse(null);
		}
		if (outcome.isEmpty() && category == draft.category()) {
			return draft;
		}
		return new TransactionDraft(type, draft.amount(), draft.currency(), draft.date(),
				or(outcome.description(), draft.description()), category, or(outcome.merchant(), draft.merchant()),
				draft.notes(), draft.accountId(), draft.toAccountId(), draft.tags(), draft.status(), draft.toStatus(),
				draft.splits());
	}

	/** The category learnt from the merchant's name, else the description's. */
	private Optional<String> learnt(UUID userId, TransactionDraft draft) {
		if (draft.merchant() == null && draft.description() == null) {
			return Optional.empty();
		}
		LearnedCategories.Habits habits = learned.of(userId);
		Set<String> active = categories.active(userId)
			.stream()
			.filter(found -> found.type() == CategoryType.EXPENSE)
			.map(CategoryView::key)
			.collect(Collectors.toSet());
		return habits.suggest(draft.merchant())
			.or(() -> habits.suggest(draft.description()))
			.map(Suggestion::category)
			.filter(active::contains);
	}

	private static @Nullable String or(@Nullable String changed, @Nullable String given) {
		return (changed != null) ? changed : given;
	}

}
