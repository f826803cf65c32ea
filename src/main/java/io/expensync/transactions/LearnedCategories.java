package io.expensync.transactions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.expensync.transactions.TransactionTotals.CategoryHabit;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The category the user gave this merchant's expenses before, for every way a transaction
 * comes in without one (a scanned receipt, a bank statement). A merchant is matched to
 * the names in the user's transactions by their words, ignoring case, accents,
 * punctuation and legal forms: "TESCO STORES LTD" matches "Tesco" and "Tesco Stores", not
 * "Tesla". The more often and the more consistently the user chose one category, the
 * surer the suggestion.
 */
@Component
public class LearnedCategories {

	private static final Set<String> NOISE = Set.of("ltd", "limited", "llc", "inc", "gmbh", "ag", "kg", "sa", "sdn",
			"bhd", "plc", "co", "corp", "company", "the", "and", "of", "enterprise", "trading");

	private final TransactionTotals totals;

	LearnedCategories(TransactionTotals totals) {
		this.totals = totals;
	}

	/**
	 * A category learnt from the user's expenses.
	 *
	 * @param category the category's key
	 * @param confidence from 0.5 (chosen once) to 0.95 (chosen four times or more, and
	 * nothing else)
	 */
	public record Suggestion(String category, double confidence) {
	}

	/** The category most often given to expenses at this merchant, if any. */
	public Optional<Suggestion> suggest(UUID userId, @Nullable String merchant) {
		return of(userId).suggest(merchant);
	}

	/** The user's habits, read once, to suggest categories for many merchants. */
	public Habits of(UUID userId) {
		return new Habits(totals.expenseCategoriesByMerchant(userId));
	}

	/**
	 * The merchants the user filed expenses under, indexed so that a name is compared
	 * only with the habits that could match it: one name's words must all be in the
	 * other. A habit whose words are all in the name has its rarest word there, so each
	 * habit is filed under its rarest word; a habit holding all the name's words is in
	 * the list of every one of them, so only the shortest such list is read. A bank
	 * statement's hundred thousand rows then cost a few comparisons each, not one per
	 * habit.
	 */
	public static final class Habits {

		private final List<List<String>> names = new ArrayList<>();

		private final List<CategoryHabit> habits;

		/** Every habit under each of its words. */
		private final Map<String, List<Integer>> byWord = new HashMap<>();

		/** Every habit under its rarest word only. */
		private final Map<String, List<Integer>> byRarestWord = new HashMap<>();

		private final Map<String, Optional<Suggestion>> suggested = new HashMap<>();

		Habits(List<CategoryHabit> habits) {
			this.habits = habits;
			for (int i = 0; i < habits.size(); i++) {
				List<String> words = words(habits.get(i).merchant());
				names.add(words);
				for (String word : new TreeSet<>(words)) {
					byWord.computeIfAbsent(word, (key) -> new ArrayList<>()).add(i);
				}
			}
			for (int i = 0; i < names.size(); i++) {
				int habit = i;
				names.get(i)
					.stream()
					.min(Comparator.comparingInt((String word) -> byWord.get(word).size()))
					.ifPresent((rarest) -> byRarestWord.computeIfAbsent(rarest, (key) -> new ArrayList<>()).add(habit));
			}
		}

		/** The category most often given to expenses at this merchant, if any. */
		public Optional<Suggestion> suggest(@Nullable String merchant) {
			if (habits.isEmpty()) {
				return Optional.empty();
			}
			List<String> words = words(merchant);
			if (words.isEmpty()) {
				return Optional.empty();
			}
			return suggested.computeIfAbsent(String.join(" ", words), (key) -> vote(words));
		}

		private Optional<Suggestion> vote(List<String> words) {
			Set<Integer> candidates = new TreeSet<>();
			words.forEach((word) -> candidates.addAll(byRarestWord.getOrDefault(word, List.of())));
			words.stream()
				.map((word) -> byWord.getOrDefault(word, List.of()))
				.min(Comparator.comparingInt(List::size))
				.ifPresent(candidates::addAll);
			if (candidates.isEmpty()) {
				// a name the user never filed: most of a statement's
				return Optional.empty();
			}
			Map<String, Long> votes = new HashMap<>();
			for (int i : candidates) {
				if (sameMerchant(words, names.get(i))) {
					votes.merge(habits.get(i).category(), habits.get(i).count(), Long::sum);
				}
			}
			long all = votes.values().stream().mapToLong(Long::longValue).sum();
			return votes.entrySet()
				.stream()
				.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(best -> new Suggestion(best.getKey(), confidence(best.getValue(), all)));
		}

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
		if (isAscii(name)) {
			return asciiWords(name);
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !NOISE.contains(word)).toList();
	}

	private static boolean isAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The words of a name in plain ASCII, as {@link #words} finds them without the cost
	 * of normalizing and of regular expressions: a statement has a hundred thousand such
	 * names.
	 */
	private static List<String> asciiWords(String name) {
		List<String> words = new ArrayList<>(4);
		int start = -1;
		for (int i = 0; i <= name.length(); i++) {
			char c = (i < name.length()) ? name.charAt(i) : ' ';
			boolean inWord = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				String word = name.substring(start, i).toLowerCase(Locale.ROOT);
				if (!NOISE.contains(word)) {
					words.add(word);
				}
				start = -1;
			}
		}
		return List.copyOf(words);
	}

}
