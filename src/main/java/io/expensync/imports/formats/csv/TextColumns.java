package io.expensync.imports.formats.csv;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Which columns hold the row's text (purpose, description), the payee, the currency, the
 * category and the bank's own id. Purpose columns ("Verwendungszweck", "VWZ1"…"VWZ14",
 * "Omschrijving-1"…) outrank description columns ("Buchungstext", "Description"), which
 * outrank notes: the columns of the best rank are taken, and those of the next ranks too
 * while that gives more rows a text. A column with the same text in every row names the
 * account or product, not the row.
 */
record TextColumns(List<Integer> descriptions, @Nullable Integer payee, @Nullable Integer currency,
		@Nullable Integer category, @Nullable Integer bankId) {

	private static final List<HeaderHint> TEXT_RANKS = List.of(HeaderHint.PURPOSE, HeaderHint.DESCRIPTION,
			HeaderHint.NOTES);

	TextColumns {
		descriptions = List.copyOf(descriptions);
	}

	static TextColumns choose(List<ColumnProfile> columns, Set<Integer> taken, boolean header) {
		List<ColumnProfile> free = columns.stream().filter((column) -> !taken.contains(column.index)).toList();
		Integer currency = currency(free);
		List<ColumnProfile> text = free.stream()
			.filter((column) -> column.isText() && !column.isCurrencyCodes()
					&& !Integer.valueOf(column.index).equals(currency))
			.toList();
		List<Integer> named = header ? descriptions(text) : List.of();
		Integer payee = header ? payee(text, named) : null;
		List<Integer> descriptions = (named.isEmpty() && payee == null) ? longestText(text) : named;
		Integer category = header ? first(text, (column) -> column.hint(HeaderHint.CATEGORY)
				&& !descriptions.contains(column.index) && !Integer.valueOf(column.index).equals(payee)) : null;
		Integer bankId = header ? bankId(free, descriptions) : null;
		return new TextColumns(descriptions, payee, currency, category, bankId);
	}

	private static List<Integer> descriptions(List<ColumnProfile> text) {
		List<ColumnProfile> ranked = text.stream()
			.filter((column) -> rank(column) < TEXT_RANKS.size() && !column.isConstant()
					&& (column.isEmpty() || !column.isAccountNumbers()))
			.toList();
		int best = 0;
		for (int rank = 1; rank < TEXT_RANKS.size(); rank++) {
			if (rowsWithText(ranked, rank) > rowsWithText(ranked, best)) {
				best = rank;
			}
		}
		int chosen = best;
		return ranked.stream().filter((column) -> rank(column) <= chosen).map((column) -> column.index).toList();
	}

	private static long rowsWithText(List<ColumnProfile> ranked, int upToRank) {
		List<ColumnProfile> columns = ranked.stream().filter((column) -> rank(column) <= upToRank).toList();
		int rows = columns.isEmpty() ? 0 : columns.get(0).values.size();
		return IntStream.range(0, rows)
			.filter((row) -> columns.stream().anyMatch((column) -> !column.values.get(row).isEmpty()))
			.count();
	}

	private static int rank(ColumnProfile column) {
		for (int rank = 0; rank < TEXT_RANKS.size(); rank++) {
			if (column.hint(TEXT_RANKS.get(rank))) {
				return rank;
			}
		}
		return TEXT_RANKS.size();
	}

	/**
	 * A counterparty column ("Empfänger", "Naam tegenpartij"), else a plain name column;
	 * a name that is the same in every row is the account holder's.
	 */
	private static @Nullable Integer payee(List<ColumnProfile> text, List<Integer> descriptions) {
		Predicate<ColumnProfile> names = (column) -> !descriptions.contains(column.index)
				&& !column.hint(HeaderHint.NOT_PAYEE) && !column.isConstant()
				&& (column.isEmpty() || !column.isAccountNumbers());
		Integer payee = first(text, names.and((column) -> column.hint(HeaderHint.PAYEE)));
		return (payee != null) ? payee : first(text, names.and((column) -> column.hint(HeaderHint.NAME)));
	}

	/**
	 * Without header words, the column with the longest text that is no number of any
	 * kind.
	 */
	private static List<Integer> longestText(List<ColumnProfile> text) {
		return text.stream()
			.filter((column) -> column.filledIn(0.5) && !column.isConstant() && !column.isAccountNumbers()
					&& FlagColumn.debitValues(column.values, true) == null)
			.max(Comparator.comparingDouble(ColumnProfile::averageLength))
			.map((column) -> List.of(column.index))
			.orElse(List.of());
	}

	/**
	 * ISO codes in every filled cell; a header naming the original or foreign currency
	 * rules it out.
	 */
	private static @Nullable Integer currency(List<ColumnProfile> free) {
		Predicate<ColumnProfile> codes = (column) -> column.isCurrencyCodes() && !column.hint(HeaderHint.FOREIGN);
		Integer named = first(free, codes.and((column) -> column.hint(HeaderHint.CURRENCY)));
		return (named != null) ? named : first(free, codes);
	}

	/** An id or reference column that is filled and different in every row. */
	private static @Nullable Integer bankId(List<ColumnProfile> free, List<Integer> descriptions) {
		return first(free,
				(column) -> column.hint(HeaderHint.BANK_ID) && !column.isDate() && column.filledIn(1)
						&& !descriptions.contains(column.index)
						&& column.values.stream().distinct().count() == column.values.size());
	}

	private static @Nullable Integer first(List<ColumnProfile> columns, Predicate<ColumnProfile> test) {
		return columns.stream().filter(test).findFirst().map((column) -> column.index).orElse(null);
	}

}
