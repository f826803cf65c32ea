package io.expensync.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.expensync.imports.formats.StatementRow;
import io.expensync.transactions.BulkBooking.Booked;

import org.jspecify.annotations.Nullable;

/**
 * Which statement rows are already on the account. A row is there when a transaction
 * carries the bank's id for it, or, where the bank gives none, when a transaction has the
 * same signed amount, a date at most {@value #DAYS} days away (a card payment is often
 * booked a few days after it was made, and typed in by hand on the day) and a similar
 * text. Each transaction stands for one row at most, so two equal coffees on one day in
 * the file are two rows, of which only as many count as present as the account already
 * holds.
 */
final class Duplicates {

	static final int DAYS = 4;

	/** At least this share of the shorter text's words in the other one. */
	private static final double SIMILAR = 0.5;

	/** The transactions by their signed amount, which a duplicate must share. */
	private final Map<BigDecimal, List<Booked>> byAmount = new HashMap<>();

	private final Set<UUID> used = new HashSet<>();

	private final Map<String, Booked> byBankId = new HashMap<>();

	private Duplicates(List<Booked> booked) {
		for (Booked transaction : booked) {
			byAmount.computeIfAbsent(transaction.amount().stripTrailingZeros(), (amount) -> new ArrayList<>())
				.add(transaction);
			if (transaction.bankId() != null) {
				byBankId.putIfAbsent(transaction.bankId(), transaction);
			}
		}
	}

	/**
	 * The transaction each row repeats, by position; {@code null} for a new row.
	 * @param rows the statement's rows
	 * @param booked the account's transactions around the rows' dates
	 */
	static List<@Nullable UUID> find(List<StatementRow> rows, List<Booked> booked) {
		Duplicates duplicates = new Duplicates(booked);
		List<@Nullable UUID> found = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			found.add(duplicates.byBankId(rows.get(i)));
		}
		// rows with an id of the bank are matched first, so that one of them is not
		// taken by a row without an id
		for (int i = 0; i < rows.size(); i++) {
			if (found.get(i) == null) {
				found.set(i, duplicates.byContent(rows.get(i)));
			}
		}
		return found;
	}

	private @Nullable UUID byBankId(StatementRow row) {
		Booked same = (row.bankId() != null) ? byBankId.get(row.bankId()) : null;
		if (same != null && used.add(same.id())) {
			return same.id();
		}
		return null;
	}

	private @Nullable UUID byContent(StatementRow row) {
		Booked best = null;
		double bestScore = 0;
		Set<String> words = null;
		for (Booked transaction : byAmount.getOrDefault(row.amount().stripTrailingZeros(), List.of())) {
			if (used.contains(transaction.id()) || !near(row.date(), transaction.date())
					|| bothIdsDiffer(row, transaction)) {
				continue;
			}
			if (words == null) {
				// only a row that could be a duplicate has its text compared
				words = words(row.description() + " " + nonNull(row.payee()));
			}
			double score = similarity(words,
					words(nonNull(transaction.description()) + " " + nonNull(transaction.merchant())));
			if (score < SIMILAR) {
				continue;
			}
			// the closer date wins a tie: prefer it by a little
			score -= Math.abs(ChronoUnit.DAYS.between(row.date(), transaction.date())) * 0.01;
			if (best == null || score > bestScore) {
				best = transaction;
				bestScore = score;
			}
		}
		if (best == null) {
			return null;
		}
		used.add(best.id());
		return best.id();
	}

	/** Two rows the bank gave different ids are two rows, however alike. */
	private static boolean bothIdsDiffer(StatementRow row, Booked transaction) {
		return row.bankId() != null && transaction.bankId() != null && !row.bankId().equals(transaction.bankId());
	}

	private static boolean near(LocalDate a, LocalDate b) {
		return Math.abs(ChronoUnit.DAYS.between(a, b)) <= DAYS;
	}

	/**
	 * The share of the shorter text's words found in the other; two texts without words
	 * (a bank that gives none, a transaction typed in without one) are alike.
	 */
	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return (a.isEmpty() && b.isEmpty()) ? 1 : 0;
		}
		Set<String> smaller = (a.size() <= b.size()) ? a : b;
		Set<String> larger = (smaller == a) ? b : a;
		long shared = smaller.stream().filter(larger::contains).count();
		return (double) shared / smaller.size();
	}

	/** The words of a text, in lower case, without punctuation and one-letter words. */
	static Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() > 1)
			.forEach(words::add);
		return words;
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
