package io.expensync.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.expensync.categories.CategoryType;
import io.expensync.rules.RuleBook.Outcome;
import io.expensync.transactions.TransactionType;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How a user's rules file a transaction: each condition, the order, the category type.
 */
class RuleBookTests {

	static final UUID GIRO = UUID.randomUUID();

	static final UUID SAVINGS = UUID.randomUUID();

	final List<CompiledRule> rules = new ArrayList<>();

	@Test
	void eachTextOperatorIgnoresCaseAndAccentsButARegexOnlyCase() {
		rule(text(TextField.MERCHANT, TextOperator.CONTAINS, "cafe"), "food", null, null);
		assertThat(expense("9.00", null, "Le CAFÉ de Flore").category()).isEqualTo("food");
		assertThat(expense("9.00", "cafe", null).category()).as("not the description").isNull();

		rules.clear();
		rule(text(TextField.DESCRIPTION, TextOperator.EQUALS, "Rent  May"), "housing", null, null);
		assertThat(expense("9.00", " rent may ", null).category()).as("spaces as one, trimmed").isEqualTo("housing");
		assertThat(expense("9.00", "rent may 2026", null).category()).isNull();

		rules.clear();
		rule(text(TextField.DESCRIPTION, TextOperator.STARTS_WITH, "ÜBERWEISUNG"), "other-expense", null, null);
		assertThat(expense("9.00", "Uberweisung an Max", null).category()).isEqualTo("other-expense");
		assertThat(expense("9.00", "Eine Uberweisung", null).category()).isNull();

		rules.clear();
		rule(text(TextField.MERCHANT, TextOperator.MATCHES, "^amzn\\s*mktp"), "shopping", null, null);
		assertThat(expense("9.00", null, "AMZN Mktp DE*2K4").category()).isEqualTo("shopping");
		assertThat(expense("9.00", null, "Paid AMZN Mktp").category()).as("anchored").isNull();
		assertThat(expense("9.00", null, null).category()).as("no merchant").isNull();
	}

	@Test
	void everyConditionMustHold() {
		rules.add(compiled(new RuleView(UUID.randomUUID(), 0, "Big coffee on the giro",
				List.of(text(TextField.MERCHANT, TextOperator.CONTAINS, "coffee")), new BigDecimal("5.00"),
				new BigDecimal("20.00"), GIRO, TransactionType.EXPENSE, "food", null, null, Instant.EPOCH,
				Instant.EPOCH), CategoryType.EXPENSE));
		RuleBook book = new RuleBook(rules);
		assertThat(book.apply(TransactionType.EXPENSE, new BigDecimal("5.00"), GIRO, null, "Coffee Lab").category())
			.as("the smallest amount is included")
			.isEqualTo("food");
		assertThat(book.apply(TransactionType.EXPENSE, new BigDecimal("20.00"), GIRO, null, "Coffee Lab").category())
			.as("the largest too")
			.isEqualTo("food");
		assertThat(book.apply(TransactionType.EXPENSE, new BigDecimal("-12.00"), GIRO, null, "Coffee Lab").category())
			.as("a signed amount is compared as the user sees it")
			.isEqualTo("food");
		assertThat(book.apply(TransactionType.EXPENSE, new BigDecimal("4.99"), GIRO, null, "Coffee Lab").isEmpty())
			.isTrue();
		assertThat(book.apply(TransactionType.EXPENSE, new BigDecimal("20.01"), GIRO, null, "Coffee Lab").isEmpty())
			.isTrue();
		assertThat(book.apply(TransactionType.EXPENSE, new BigDecimal("10"), SAVINGS, null, "Coffee Lab").isEmpty())
			.as("another account")
			.isTrue();
		assertThat(book.apply(TransactionType.INCOME, new BigDecimal("10"), GIRO, null, "Coffee Lab").isEmpty())
			.as("another type")
			.isTrue();
		assertThat(book.apply(TransactionType.EXPENSE, null, GIRO, null, "Coffee Lab").isEmpty()).as("no amount yet")
			.isTrue();
	}

	@Test
	void anAccountConditionHoldsForEitherSideOfATransfer() {
		rules.add(compiled(new RuleView(UUID.randomUUID(), 0, "Savings", List.of(), null, null, SAVINGS, null, null,
				null, "Put aside", Instant.EPOCH, Instant.EPOCH), null));
		RuleBook book = new RuleBook(rules);
		assertThat(book.apply(TransactionType.TRANSFER, BigDecimal.TEN, GIRO, SAVINGS, null, null).description())
			.isEqualTo("Put aside");
		assertThat(book.apply(TransactionType.TRANSFER, BigDecimal.TEN, SAVINGS, GIRO, null, null).description())
			.isEqualTo("Put aside");
		assertThat(book.apply(TransactionType.EXPENSE, BigDecimal.TEN, GIRO, null, null).isEmpty()).isTrue();
	}

	@Test
	void theFirstMatchingRuleThatSetsAFieldWinsAndConditionsSeeTheTransactionAsItCameIn() {
		rule(text(TextField.MERCHANT, TextOperator.CONTAINS, "amzn"), null, "Amazon", null);
		rule(text(TextField.MERCHANT, TextOperator.CONTAINS, "amzn"), "shopping", "Amazon Marketplace", null);
		// would match only the renamed merchant: it must not
		rule(text(TextField.MERCHANT, TextOperator.EQUALS, "amazon"), "gifts", null, "Gift");
		rule(text(TextField.MERCHANT, TextOperator.CONTAINS, "mktp"), "education", null, "Books");

		Outcome outcome = expense("30.00", "card payment", "AMZN MKTP DE");
		assertThat(outcome.merchant()).isEqualTo("Amazon");
		assertThat(outcome.category()).isEqualTo("shopping");
		assertThat(outcome.description()).isEqualTo("Books");
	}

	@Test
	void aCategoryGoesOnlyToTransactionsOfItsTypeAndAnArchivedOneToNone() {
		rules.add(compiled(view(text(TextField.DESCRIPTION, TextOperator.CONTAINS, "acme"), "salary", null, null),
				CategoryType.INCOME));
		rules.add(compiled(view(text(TextField.DESCRIPTION, TextOperator.CONTAINS, "acme"), "shopping", null, null),
				CategoryType.EXPENSE));
		RuleBook book = new RuleBook(rules);
		assertThat(book.apply(TransactionType.INCOME, BigDecimal.ONE, GIRO, "ACME pay", null).category())
			.isEqualTo("salary");
		assertThat(book.apply(TransactionType.EXPENSE, BigDecimal.ONE, GIRO, "ACME shop", null).category())
			.as("the income category is passed over")
			.isEqualTo("shopping");
		assertThat(book.apply(TransactionType.TRANSFER, BigDecimal.ONE, GIRO, SAVINGS, "ACME", null).category())
			.isNull();

		rules.clear();
		rules.add(compiled(view(text(TextField.DESCRIPTION, TextOperator.CONTAINS, "acme"), "archived", "Acme", null),
				null));
		Outcome archived = new RuleBook(rules).apply(TransactionType.EXPENSE, BigDecimal.ONE, GIRO, "ACME", null);
		assertThat(archived.category()).isNull();
		assertThat(archived.merchant()).as("its other actions still apply").isEqualTo("Acme");
	}

	@Test
	void aCatastrophicRegexIsStoppedPromptlyAndCountsAsNotMatching() {
		rule(text(TextField.DESCRIPTION, TextOperator.MATCHES, "(a+)+$"), "food", null, null);
		rule(text(TextField.DESCRIPTION, TextOperator.CONTAINS, "aaa"), "shopping", null, null);
		RuleBook book = new RuleBook(rules);
		String evil = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";

		long started = System.nanoTime();
		Outcome outcome = book.apply(TransactionType.EXPENSE, BigDecimal.ONE, GIRO, evil, null);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(outcome.category()).as("the next rule decides").isEqualTo("shopping");
		assertThat(millis).as("stopped after its budget, not after 2^36 steps").isLessThan(2_000);
		started = System.nanoTime();
		for (int i = 0; i < 1000; i++) {
			book.apply(TransactionType.EXPENSE, BigDecimal.ONE, GIRO, evil, null);
		}
		assertThat((System.nanoTime() - started) / 1_000_000).as("not tried again by this book").isLessThan(2_000);
		assertThat(new RuleBook(rules).apply(TransactionType.EXPENSE, BigDecimal.ONE, GIRO, "aaaa", null).category())
			.as("on a harmless text it still matches")
			.isEqualTo("food");
	}

	@Test
	void aBoundedTextStopsAfterItsBudget() {
		BoundedText text = new BoundedText("abc", 5);
		for (int i = 0; i < 5; i++) {
			text.charAt(i % 3);
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> text.subSequence(0, 2).charAt(0))
			.as("a part shares the budget")
			.isInstanceOf(BoundedText.Exhausted.class);
	}

	@Test
	void noRulesChangeNothing() {
		RuleBook book = new RuleBook(List.of());
		assertThat(book.isEmpty()).isTrue();
		assertThat(book.apply(TransactionType.EXPENSE, BigDecimal.ONE, GIRO, "x", "y").isEmpty()).isTrue();
	}

	private Outcome expense(String amount, @Nullable String description, @Nullable String merchant) {
		return new RuleBook(rules).apply(TransactionType.EXPENSE, new BigDecimal(amount), GIRO, description, merchant);
	}

	private void rule(TextCondition condition, @Nullable String category, @Nullable String merchant,
			@Nullable String description) {
		rules.add(compiled(view(condition, category, merchant, description),
				category == null ? null : (category.equals("salary") ? CategoryType.INCOME : CategoryType.EXPENSE)));
	}

	private static RuleView view(TextCondition condition, @Nullable String category, @Nullable String merchant,
			@Nullable String description) {
		return new RuleView(UUID.randomUUID(), 0, "rule", List.of(condition), null, null, null, null, category,
				merchant, description, Instant.EPOCH, Instant.EPOCH);
	}

	private static CompiledRule compiled(RuleView view, @Nullable CategoryType type) {
		return new CompiledRule(view, type);
	}

	private static TextCondition text(TextField field, TextOperator operator, String text) {
		return new TextCondition(field, operator, text);
	}

}
