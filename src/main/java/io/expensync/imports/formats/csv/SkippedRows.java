package io.expensync.imports.formats.csv;

import java.util.List;
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

	private SkippedRows() {
	}

	/**
	 * @param cells the row's cells
	 * @return "balance", "pending", "declined" or null for a transaction
	 */
	static @Nullable String reason(List<String> cells) {
		for (String cell : cells) {
			String text = cell.strip();
			if (text.length() < 5 || text.length() > 40 || !STARTS.contains(HeaderHint.plain(text.substring(0, 3)))) {
				continue;
			}
			String plain = HeaderHint.plain(text).replace(":", "").strip();
			if (PENDING.contains(plain)) {
				return "pending";
			}
			if (DECLINED.contains(plain)) {
				return "declined";
			}
			for (String phrase : BALANCES) {
				if (plain.startsWith(phrase) && TAIL.matcher(plain.substring(phrase.length())).matches()) {
					return "balance";
				}
			}
		}
		return null;
	}

}
