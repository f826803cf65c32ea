package io.expensync.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.expensync.categories.CategoryType;
import io.expensync.categories.CategoryView;
import io.expensync.imports.formats.StatementRow;
import io.expensync.transactions.LearnedCategories;
import io.expensync.transactions.LearnedCategories.Suggestion;

import org.jspecify.annotations.Nullable;

/**
 * The category each statement row is filed under: the category the file names, where it
 * is one of the user's (by name or key, a QIF {@code Parent:Child} by either part); else
 * the one the user gave this payee's expenses before; else "Other".
 */
final class RowCategories {

	private final Map<CategoryType, Map<String, String>> byName = new HashMap<>();

	private final Map<CategoryType, @Nullable String> fallback = new HashMap<>();

	private final Map<CategoryType, Set<String>> keys = new HashMap<>();

	private final Supplier<LearnedCategories.Habits> habitsSource;

	/** The user's habits, read when a row first needs them. */
	private LearnedCategories.@Nullable Habits habits;

	RowCategories(List<CategoryView> active, Supplier<LearnedCategories.Habits> habits) {
		this.habitsSource = habits;
		for (CategoryView category : active) {
			Map<String, String> names = byName.computeIfAbsent(category.type(), (type) -> new HashMap<>());
			names.putIfAbsent(plain(category.name()), category.key());
			names.putIfAbsent(plain(category.key()), category.key());
			keys.computeIfAbsent(category.type(), (type) -> new HashSet<>()).add(category.key());
		}
		for (CategoryType type : CategoryType.values()) {
			String other = (type == CategoryType.EXPENSE) ? "other-expense" : "other-income";
			Map<String, String> names = byName.getOrDefault(type, Map.of());
			fallback.put(type, names.containsValue(other) ? other
					: active.stream().filter((c) -> c.type() == type).map(CategoryView::key).findFirst().orElse(null));
		}
	}

	/**
	 * The category's key, or null when the user has no active category of the row's type.
	 */
	@Nullable String pick(StatementRow row) {
		CategoryType type = (row.amount().signum() < 0) ? CategoryType.EXPENSE : CategoryType.INCOME;
		return named(type, row.category()).or(() -> learned(type, row)).orElse(fallback.get(type));
	}

	/**
	 * The category picked before, if the user still has it (of the row's type), else the
	 * one picked now.
	 */
	@Nullable String still(StatementRow row, @Nullable String picked) {
		CategoryType type = (row.amount().signum() < 0) ? CategoryType.EXPENSE : CategoryType.INCOME;
		if (picked != null && keys.getOrDefault(type, Set.of()).contains(picked)) {
			return picked;
		}
		return pick(row);
	}

	private Optional<String> named(CategoryType type, @Nullable String category) {
		if (category == null || category.startsWith("[")) {
			// none, or a QIF transfer to another account
			return Optional.empty();
		}
		Map<String, String> names = byName.getOrDefault(type, Map.of());
		String whole = names.get(plain(category));
		if (whole != null) {
			return Optional.of(whole);
		}
		String[] parts = category.split(":");
		for (int i = parts.length - 1; i >= 0; i--) {
			String part = names.get(plain(parts[i]));
			if (part != null) {
				return Optional.of(part);
			}
		}
		return Optional.empty();
	}

	private Optional<String> learned(CategoryType type, StatementRow row) {
		if (type != CategoryType.EXPENSE) {
			return Optional.empty();
		}
		if (habits == null) {
			habits = habitsSource.get();
		}
		LearnedCategories.Habits known = habits;
		return known.suggest(row.payee())
			.or(() -> known.suggest(row.description()))
			.map(Suggestion::category)
			.filter((key) -> byName.getOrDefault(type, Map.of()).containsValue(key));
	}

	private static String plain(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
