package io.expensync.receipts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.expensync.receipts.extraction.ExtractedField;
import io.expensync.transactions.TransactionTotals;
import io.expensync.transactions.TransactionTotals.CategoryHabit;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The category the user gave this merchant's expenses before. A receipt's merchant is
 * matched to the names in the user's transactions by their words, ignoring case, accents,
 * punctuation and legal forms: "TESCO STORES LTD" matches "Tesco" and "Tesco Stores", not
 * "Tesla". The more often and the more consistently the user chose one category, the
 * surer the suggestion.
 */
@Component
class LearnedCategories {

	private static final Set<String> NOISE = Set.of("ltd", "limited", "llc", "inc", "gmbh", "ag", "kg", "sa", "sdn",
			"bhd", "plc", "co", "corp", "company", "the", "and", "of", "enterprise", "trading");

	private final TransactionTotals totals;

	LearnedCategories(TransactionTotals totals) {
		this.totals = totals;
	}

	Optional<ExtractedField<String>> suggest(UUID userId, @Nullable String merchant) {
		List<String> words = words(merchant);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Long> votes = new HashMap<>();
		for (CategoryHabit habit : totals.expenseCategoriesByMerchant(userId)) {
			if (sameMerchant(words, words(habit.merchant()))) {
				votes.merge(habit.category(), habit.count(), Long::sum);
			}
		}
		long all = votes.values().stream().mapToLong(Long::longValue).sum();
		return votes.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(best -> ExtractedField.of(best.getKey(), confidence(best.getValue(), all)));
	}

	/**
	 * From 0.5 for a single earlier choice up to 0.95 for four or more, all in this
	 * category; less when the user chose others too.
	 */
	static double confidence(long chosen, long all) {
		double share = (double) chosen / all;
		return 0.5 + 0.45 * share * Math.min(chosen, 4) / 4.0;
	}

	/**
	 * One name's words all appear in the other, and they are more than a stray short
	 * word.
	 */
	static boolean sameMerchant(List<String> one, List<String> other) {
		if (other.isEmpty()) {
			return false;
		}
		List<String> shorter = (one.size() <= other.size()) ? one : other;
		List<String> longer = (shorter == one) ? other : one;
		boolean distinctive = shorter.stream().anyMatch(word -> word.length() >= 3);
		return distinctive && longer.containsAll(shorter);
	}

	static List<String> words(@Nullable String name) {
		if (name == null) {
			return List.of();
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !NOISE.contains(word)).toList();
	}

}
