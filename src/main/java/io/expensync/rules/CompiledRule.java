package io.expensync.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import io.expensync.categories.CategoryType;
import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;

/**
 * A rule made ready to run on many transactions: its texts in plain form, its regular
 * expressions compiled, and its category with the category's type (none when the category
 * is archived or gone: that action then does nothing).
 */
final class CompiledRule {

	private final RuleView rule;

	private final List<Test> tests = new ArrayList<>();

	private final @Nullable CategoryType categoryType;

	CompiledRule(RuleView rule, @Nullable CategoryType categoryType) {
		this.rule = rule;
		this.categoryType = categoryType;
		for (TextCondition condition : rule.conditions()) {
			tests.add(new Test(Objects.requireNonNull(condition.field()), Objects.requireNonNull(condition.operator()),
					Objects.requireNonNull(condition.text())));
		}
	}

	UUID id() {
		return rule.id();
	}

	RuleView rule() {
		return rule;
	}

	/**
	 * Whether every condition holds for the transaction.
	 * @throws BoundedText.Exhausted when a regular expression ran out of its budget
	 */
	boolean matches(Candidate candidate) {
		if (rule.type() != null && rule.type() != candidate.type()) {
			return false;
		}
		if (rule.accountId() != null && !rule.accountId().equals(candidate.accountId())
				&& !rule.accountId().equals(candidate.toAccountId())) {
			return false;
		}
		if (rule.minAmount() != null || rule.maxAmount() != null) {
			BigDecimal amount = candidate.amount();
			if (amount == null || (rule.minAmount() != null && amount.compareTo(rule.minAmount()) < 0)
					|| (rule.maxAmount() != null && amount.compareTo(rule.maxAmount()) > 0)) {
				return false;
			}
		}
		for (Test test : tests) {
			if (!test.holds(candidate)) {
				return false;
			}
		}
		return true;
	}

	/** The category this rule gives the transaction: only one of the category's type. */
	@Nullable String categoryFor(TransactionType type) {
		if (rule.setCategory() == null || categoryType == null) {
			return null;
		}
		return type.categoryType().filter(categoryType::equals).map(found -> rule.setCategory()).orElse(null);
	}

	@Nullable String merchant() {
		return rule.setMerchant();
	}

	@Nullable String description() {
		return rule.setDescription();
	}

	/** One text condition, ready to run. */
	private static final class Test {

		private final TextField field;

		private final TextOperator operator;

		private final String plain;

		private final @Nullable Pattern pattern;

		Test(TextField field, TextOperator operator, String text) {
			this.field = field;
			this.operator = operator;
			this.plain = PlainText.of(text);
			this.pattern = (operator == TextOperator.MATCHES) ? RegularExpressions.compile(text) : null;
		}

		boolean holds(Candidate candidate) {
			if (pattern != null) {
				String text = candidate.text(field);
				return text != null && pattern.matcher(new BoundedText(text, BoundedText.BUDGET)).find();
			}
			if (candidate.text(field) == null) {
				return false;
			}
			String text = candidate.plain(field);
			return switch (operator) {
				case CONTAINS -> text.contains(plain);
				case EQUALS -> text.equals(plain);
				case STARTS_WITH -> text.startsWith(plain);
				case MATCHES -> false;
			};
		}

	}

	/** A transaction as it came in, with its texts in plain form once. */
	static final class Candidate {

		private final TransactionType type;

		private final @Nullable BigDecimal amount;

		private final @Nullable UUID accountId;

		private final @Nullable UUID toAccountId;

		private final @Nullable String description;

		private final @Nullable String merchant;

		private @Nullable String plainDescription;

		private @Nullable String plainMerchant;

		Candidate(TransactionType type, @Nullable BigDecimal amount, @Nullable UUID accountId,
				@Nullable UUID toAccountId, @Nullable String description, @Nullable String merchant) {
			this.type = type;
			this.amount = (amount == null) ? null : amount.abs();
			this.accountId = accountId;
			this.toAccountId = toAccountId;
			this.description = description;
			this.merchant = merchant;
		}

		TransactionType type() {
			return type;
		}

		@Nullable BigDecimal amount() {
			return amount;
		}

		@Nullable UUID accountId() {
			return accountId;
		}

		@Nullable UUID toAccountId() {
			return toAccountId;
		}

		@Nullable String text(TextField field) {
			return (field == TextField.DESCRIPTION) ? description : merchant;
		}

		String plain(TextField field) {
			if (field == TextField.DESCRIPTION) {
				if (plainDescription == null) {
					plainDescription = PlainText.of(description);
				}
				return plainDescription;
			}
			if (plainMerchant == null) {
				plainMerchant = PlainText.of(merchant);
			}
			return plainMerchant;
		}

	}

}
