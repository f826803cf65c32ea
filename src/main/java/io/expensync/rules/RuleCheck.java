package io.expensync.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.expensync.accounts.AccountService;
import io.expensync.categories.CategoryService;
import io.expensync.categories.CategoryView;
import io.expensync.transactions.TransactionType;
import io.expensync.web.InvalidFieldException;
import io.expensync.web.InvalidInputException;
import io.expensync.web.InvalidInputException.Problem;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link RuleService}'s check of a {@link RuleDetails}: every field's own rules, the
 * user's account and category, all problems at once. Someone else's account is not found.
 */
@Component
class RuleCheck {

	static final int MAX_CONDITIONS = 10;

	static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999999.9999");

	private final AccountService accounts;

	private final CategoryService categories;

	RuleCheck(AccountService accounts, CategoryService categories) {
		this.accounts = accounts;
		this.categories = categories;
	}

	/**
	 * @throws InvalidInputException naming every problem
	 */
	void valid(UUID userId, RuleDetails details) {
		List<Problem> problems = problems(userId, details);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	List<Problem> problems(UUID userId, RuleDetails details) {
		List<Problem> problems = new ArrayList<>();
		if (details.name() == null) {
			problems.add(new Problem("name", "Give the rule a name"));
		}
		else if (details.name().length() > 100) {
			problems.add(new Problem("name", "At most 100 characters"));
		}
		conditions(details, problems);
		amount("minAmount", details.minAmount(), problems);
		amount("maxAmount", details.maxAmount(), problems);
		if (details.minAmount() != null && details.maxAmount() != null
				&& details.minAmount().compareTo(details.maxAmount()) > 0) {
			problems.add(new Problem("maxAmount", "The largest amount may not be below the smallest"));
		}
		if (details.accountId() != null) {
			// someone else's account is not found (404), as everywhere
			accounts.get(userId, details.accountId());
		}
		category(userId, details, problems);
		length("setMerchant", details.setMerchant(), 120, problems);
		length("setDescription", details.setDescription(), 255, problems);
		if (!details.hasCondition()) {
			problems.add(new Problem("conditions",
					"Give the rule at least one condition (a text, an amount, an account or a type)"));
		}
		if (!details.hasAction()) {
			problems.add(new Problem("actions",
					"Give the rule at least one action: a category, a merchant or a " + "description to set"));
		}
		return problems;
	}

	private static void conditions(RuleDetails details, List<Problem> problems) {
		if (details.conditions().size() > MAX_CONDITIONS) {
			problems.add(new Problem("conditions", "At most %d text conditions".formatted(MAX_CONDITIONS)));
			return;
		}
		for (int i = 0; i < details.conditions().size(); i++) {
			TextCondition condition = details.conditions().get(i);
			String at = "conditions[%d].".formatted(i);
			if (condition == null) {
				problems.add(new Problem("conditions[%d]".formatted(i),
						"Give each condition a field, a way to " + "compare and a text"));
				continue;
			}
			if (condition.field() == null) {
				problems.add(new Problem(at + "field", "Choose description or merchant"));
			}
			if (condition.operator() == null) {
				problems.add(new Problem(at + "operator", "Choose how the text is compared"));
			}
			String text = condition.text();
			if (text == null || text.isBlank()) {
				problems.add(new Problem(at + "text", "Enter the text to look for"));
			}
			else if (text.length() > TextCondition.MAX_TEXT) {
				problems.add(new Problem(at + "text", "At most %d characters".formatted(TextCondition.MAX_TEXT)));
			}
			else if (condition.operator() == TextOperator.MATCHES) {
				try {
					RegularExpressions.check(at + "text", text);
				}
				catch (InvalidFieldException ex) {
					problems.addAll(ex.problems());
				}
			}
		}
	}

	private static void amount(String field, @Nullable BigDecimal amount, List<Problem> problems) {
		if (amount == null) {
			return;
		}
		if (amount.signum() < 0) {
			problems.add(new Problem(field, "Enter an amount of zero or more, as the transaction shows it"));
		}
		else if (amount.stripTrailingZeros().scale() > 4) {
			problems.add(new Problem(field, "At most 4 decimals"));
		}
		else if (amount.compareTo(LARGEST_AMOUNT) > 0) {
			problems.add(new Problem(field, "The amount is too large"));
		}
	}

	private void category(UUID userId, RuleDetails details, List<Problem> problems) {
		String key = details.setCategory();
		if (key == null) {
			return;
		}
		if (key.length() > 60) {
			problems.add(new Problem("setCategory", "At most 60 characters"));
			return;
		}
		if (details.type() == TransactionType.TRANSFER) {
			problems.add(new Problem("setCategory",
					"A transfer has no category: leave the category out, or choose income or expense"));
			return;
		}
		Optional<CategoryView> category = categories.active(userId)
			.stream()
			.filter(found -> found.key().equals(key))
			.findFirst();
		if (category.isEmpty()) {
			problems.add(new Problem("setCategory", "Choose one of your categories (not an archived one)"));
			return;
		}
		if (details.type() != null && details.type().categoryType().filter(category.get().type()::equals).isEmpty()) {
			problems.add(new Problem("setCategory", "\"%s\" is an %s category; the rule is for %s transactions"
				.formatted(category.get().name(), lower(category.get().type().name()), lower(details.type().name()))));
		}
	}

	private static void length(String field, @Nullable String text, int max, List<Problem> problems) {
		if (text != null && text.length() > max) {
			problems.add(new Problem(field, "At most %d characters".formatted(max)));
		}
	}

	private static String lower(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

}
