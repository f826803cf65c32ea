package io.expensync.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.expensync.rules.CompiledRule.Candidate;
import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's rules, read once and made ready to file many transactions quickly (a bank
 * statement's rows): get one from {@link RuleService#rulesFor} and call {@link #apply}
 * for each transaction. The conditions look at the transaction as it came in; the rules
 * are tried in order and, for each of category, merchant and description, the first
 * matching rule that sets it wins. A rule's category goes only to a transaction of the
 * category's type (an expense category to expenses), and an archived category to none.
 * <p>
 * A regular expression that reads more than its budget of characters on a transaction
 * counts as not matching; the rule is then logged once and not tried again by this book.
 * Safe to use from several threads.
 */
public final class RuleBook {

	private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

	private final List<CompiledRule> rules;

	private final Set<UUID> exhausted = ConcurrentHashMap.newKeySet();

	RuleBook(List<CompiledRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * What the rules do to a transaction: each field is null when no rule sets it (the
	 * transaction keeps its own).
	 *
	 * @param category the key of the category to file it under
	 * @param merchant the merchant's new name
	 * @param description the new description
	 */
	public record Outcome(@Nullable String category, @Nullable String merchant, @Nullable String description) {

		static final Outcome NONE = new Outcome(null, null, null);

		/** No rule changed anything. */
		public boolean isEmpty() {
			return category == null && merchant == null && description == null;
		}

	}

	/** The user has no rules: every outcome is empty. */
	public boolean isEmpty() {
		return rules.isEmpty();
	}

	/**
	 * The outcome for a transaction on one account, as a bank statement's row is.
	 * @param amount the amount; its sign is ignored (rules compare the amount as the user
	 * sees it, positive)
	 */
	public Outcome apply(TransactionType type, @Nullable BigDecimal amount, @Nullable UUID accountId,
			@Nullable String description, @Nullable String merchant) {
		return apply(type, amount, accountId, null, description, merchant);
	}

	/**
	 * The outcome for a transaction; a rule's account condition holds for a transfer when
	 * it names either of its two accounts.
	 */
	public Outcome apply(TransactionType type, @Nullable BigDecimal amount, @Nullable UUID accountId,
			@Nullable UUID toAccountId, @Nullable String description, @Nullable String merchant) {
		if (rules.isEmpty()) {
			return Outcome.NONE;
		}
		Candidate candidate = new Candidate(type, amount, accountId, toAccountId, description, merchant);
		@Nullable String category = null;
		@Nullable String newMerchant = null;
		@Nullable String newDescription = null;
		for (CompiledRule rule : rules) {
			if (category != null && newMerchant != null && newDescription != null) {
				break;
			}
			if (!matches(rule, candidate)) {
				continue;
			}
			if (category == null) {
				category = rule.categoryFor(type);
			}
			if (newMerchant == null) {
				newMerchant = rule.merchant();
			}
			if (newDescription == null) {
				newDescription = rule.description();
			}
		}
		return new Outcome(category, newMerchant, newDescription);
	}

	private boolean matches(CompiledRule rule, Candidate candidate) {
		if (exhausted.contains(rule.id())) {
			return false;
		}
		try {
			return rule.matches(candidate);
		}
		catch (BoundedText.Exhausted | StackOverflowError ex) {
			if (exhausted.add(rule.id())) {
				log.warn("The regular expression of rule {} ran too long on a transaction; the rule counts as not "
						+ "matching and is not tried again on this batch", rule.id());
			}
			return false;
		}
	}

}
