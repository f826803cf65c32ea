package io.expensync.imports.formats.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Rows that are no booked transaction: balances, totals and turnover lines, which banks
 * put before, between or after the rows, and rows marked pending or declined. A cell must
 * be the phrase itself, perhaps followed by a date or "per"/"am"/"au" and a date ("Saldo
 * per 31.12.2018"), so a fee called "Solde prix prestations" still reads as a row.
 */
final class SkippedRows {

	private static final Set<String> BALANCES = Set.of("balance", "opening balance", "closing balance",
			"starting balance", "beginning balance", "ending balance", "available balance", "ledger balance",
			"current balance", "previous balance", "new balance", "balance brought forward", "balance carried forward",
			"brought forward", "carried forward", "total", "totals", "turnover", "total turnover", "saldo",
			"anfangssaldo", "endsaldo", "schlusssaldo", "saldovortrag", "tagessaldo", "kontostand", "alter kontostand",
			"neuer kontostand", "summe", "gesamt", "gesamtumsatz", "umsatze", "beginsaldo", "eindsaldo",
			"openingssaldo", "totaal", "solde", "solde initial", "solde final", "ancien solde", "nouveau solde",
			"solde debut", "solde fin", "saldo inicial", "saldo final", "saldo anterior", "saldo iniziale",
			"saldo finale", "saldo contabile", "saldo disponibile", "totale", "pocatecni zustatek", "konecny zustatek",
			"zustatek", "nyito egyenleg", "zaro egyenleg", "egyenleg", "saldo poczatkowe", "saldo koncowe");

	private static final Set<String> PENDING = Set.of("pending", "vorgemerkt", "umsatz vorgemerkt", "in behandeling",
			"pendiente", "en attente", "en cours", "in sospeso", "nezauctovano", "fuggoben", "authorised", "authorized",
			"reserviert", "offen", "nicht gebucht");

	/**
	 * Statuses of payments that never happened: card apps list them beside the booked
	 * ones.
	 */
	private static final Set<String> DECLINED = Set.of("declined", "reverted", "failed", "rejected", "cancelled",
			"canceled", "abgelehnt", "geweigerd");

	/**
	 * What may follow a balance phrase in the same cell: a date, a preposition, a colon.
	 */
	private static final Pattern TAIL = Pattern
		.compile("[\\s:]*(?:(?:per|am|au|on|at|vom|zum|al|del|op|du|le|as of)\\s+)?[\\d./\\-\\s]*");

	/**
	 * The phrases' first three letters, to pass over most cells without comparing
	 * phrases.
	 */
	private static final Set<String> STARTS = Stream.of(BALANCES, PENDING, DECLINED)
		.flatMap(Set::stream)
		.map((phrase) -> phrase.substring(0, 3))
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The balance phrases by their first three letters: a cell can only start with the
	 * phrases that start as it does.
	 */
	private static final Map<String, List<String>> BALANCES_BY_START = BALANCES.stream()
		.collect(Collectors.groupingBy((phrase) -> phrase.substring(0, 3)));

	private SkippedRows() {
	}

	/**
	 * The plain form of a cell's first three characters; plain ASCII letters and digits
	 * (most cells) only need their case lowered.
	 */
	private static String start(String text) {
		String three = text.substring(0, 3);
		for (int i = 0; i < three.length(); i++) {
			char c = three.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return HeaderHint.plain(three);
			}
		}
		return three.toLowerCase(Locale.ROOT);
	}

	/**
	 * @param cells the row's cells
	 * @return "balance", "pending", "declined" or null for a transaction
	 */
	static @Nullable String reason(List<String> cells) {
		for (String cell : cells) {
			String text = cell.strip();
			if (text.length() < 5 || text.length() > 40 || !STARTS.contains(start(text))) {
				continue;
			}
			String plain = HeaderHint.plain(text).replace(":", "").strip();
			if (PENDING.contains(plain)) {
				return "pending";
			}
			if (DECLINED.contains(plain)) {
				return "declined";
			}
			for (String phrase : BALANCES_BY_START.getOrDefault(plain.substring(0, Math.min(3, plain.length())),
					List.of())) {
				if (plain.startsWith(phrase) && TAIL.matcher(plain.substring(phrase.length())).matches()) {
					return "balance";
				}
			}
		}
		return null;
	}

}
