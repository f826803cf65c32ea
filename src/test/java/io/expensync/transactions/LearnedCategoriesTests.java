package io.expensync.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.transactions.LearnedCategories.Suggestion;
import io.expensync.transactions.TransactionTotals.CategoryHabit;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Matching a merchant to the names in the user's transactions, and how sure the learnt
 * category is.
 */
class LearnedCategoriesTests {

	private final UUID user = UUID.randomUUID();

	private final TransactionTotals totals = Mockito.mock(TransactionTotals.class);

	private final LearnedCategories learned = new LearnedCategories(totals);

	@Test
	void namesMatchByTheirWordsIgnoringCaseAccentsPunctuationAndLegalForms() {
		assertThat(same("TESCO STORES LTD", "Tesco")).isTrue();
		assertThat(same("Tesco", "Tesco Stores Ltd.")).isTrue();
		assertThat(same("CAFÉ CENTRAL GmbH", "cafe central")).isTrue();
		assertThat(same("Tesco", "Tesla")).isFalse();
		assertThat(same("The Coffee House", "Coffee Shop")).isFalse();
		// a short stray word alone is not a merchant
		assertThat(same("AB", "AB Mart")).isFalse();
		assertThat(same("Ltd", "Tesco Ltd")).isFalse();
	}

	@Test
	void theCategoryChosenMostOftenWinsAndIsSurerTheMoreConsistentTheUserWas() {
		Mockito.when(totals.expenseCategoriesByMerchant(user))
			.thenReturn(List.of(habit("Tesco", "groceries", 5), habit("tesco stores", "household", 1),
					habit("Tesla", "transportation", 9), habit("Lidl", "groceries", 3)));

		Suggestion tesco = learned.suggest(user, "TESCO STORES LTD").orElseThrow();
		assertThat(tesco.category()).isEqualTo("groceries");
		assertThat(tesco.confidence()).isEqualTo(LearnedCategories.confidence(5, 6));

		assertThat(learned.suggest(user, "ALDI SUED")).isEmpty();
		assertThat(learned.suggest(user, null)).isEmpty();
		assertThat(learned.suggest(user, "  ...  ")).isEmpty();
	}

	@Test
	void confidenceRisesWithRepeatsAndFallsWithOtherChoices() {
		assertThat(LearnedCategories.confidence(1, 1)).isLessThan(LearnedCategories.confidence(2, 2));
		assertThat(LearnedCategories.confidence(4, 4)).isEqualTo(0.95);
		assertThat(LearnedCategories.confidence(9, 9)).isEqualTo(0.95);
		assertThat(LearnedCategories.confidence(4, 8)).isLessThan(LearnedCategories.confidence(4, 4));
		assertThat(LearnedCategories.confidence(1, 10)).isGreaterThanOrEqualTo(0.5);
	}

	private static boolean same(String one, String other) {
		return LearnedCategories.sameMerchant(LearnedCategories.words(one), LearnedCategories.words(other));
	}

	private static CategoryHabit habit(String merchant, String category, long count) {
		return new CategoryHabit(merchant, category, count, LocalDate.of(2026, 1, 1));
	}

	@Test
	void manyHabitsSharingCommonWordsStillMatchOnlyTheirOwnName() {
		List<CategoryHabit> many = new java.util.ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			many.add(habit("Card payment shop " + i, "shopping", 1));
		}
		many.add(habit("Lidl", "groceries", 3));
		Mockito.when(totals.expenseCategoriesByMerchant(user)).thenReturn(many);
		LearnedCategories.Habits habits = learned.of(user);

		assertThat(habits.suggest("Card payment shop 4711")).map(Suggestion::category).contains("shopping");
		assertThat(habits.suggest("CARD PAYMENT LIDL BERLIN")).map(Suggestion::category).contains("groceries");
		assertThat(habits.suggest("Card payment")).as("a name all of whose words are in many habits")
			.map(Suggestion::category)
			.contains("shopping");
		assertThat(habits.suggest("Card payment shop 99999")).isEmpty();
	}

}
