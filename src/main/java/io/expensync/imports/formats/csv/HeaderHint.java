package io.expensync.imports.formats.csv;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words in column headers, in the languages of the banks we have seen (en, de, nl, fr,
 * es, it, cs, hu, pl), that hint at what a column holds. They only rank columns whose
 * values already fit: a "Betrag" column of text is no amount. A hint starting with
 * {@code =} must be a whole word; the others may sit inside a compound
 * ("Buchungs<em>betrag</em>"). Headers are compared without accents and case.
 */
enum HeaderHint {

	BOOKING_DATE("buchungstag", "buchungsdatum", "booking", "posted", "posting", "post date", "completed", "boekdatum",
			"boekingsdatum", "zauctovani", "date comptable", "fecha contable", "data contabile", "processed",
			"konyveles"),

	VALUE_DATE("valuta", "wertstellung", "value date", "=value", "valeur", "rentedatum", "erteknap", "belegdatum",
			"fecha valor", "data valuta", "available", "settle"),

	/** When a record was made or changed in an app, rather than booked. */
	RECORD_DATE("created", "updated", "modified", "changed", "imported", "exported"),

	AMOUNT("amount", "betrag", "bedrag", "montant", "importe", "importo", "castka", "osszeg", "kwota", "belopp",
			"beløb", "summe", "=summa", "umsatz", "=valor", "=value", "=net", "netto"),

	/**
	 * Numbers that are no amount of the account: foreign amounts, rates, fees, numbers.
	 */
	NOT_AMOUNT("original", "=orig", "oorspr", "ursprung", "fremd", "foreign", "=local", "lokal", "puvodni", "kurs",
			"=rate", "koers", "=fee", "=fees", "gebuhr", "gebuehr", "poplatek", "entgelt", "auslagen", "commission",
			"=id", "number", "nummer", "=nr", "=no", "cislo", "card", "karte", "check", "cheque", "blz", "=bic", "iban",
			"konto", "account", "rekening", "szamla", "reference", "volgnr"),

	BALANCE("balance", "saldo", "kontostand", "solde", "egyenleg", "zustatek", "stan konta", "running"),

	DEBIT("debit", "debet", "withdrawal", "=soll", "ausgang", "ausgabe", "belastung", "lastschrift", "paid out",
			"money out", "outflow", "spent", "cargo", "addebit", "vydaj", "kiadas", "uitgave", "=af", "=dr", "debito"),

	CREDIT("credit", "deposit", "=haben", "eingang", "einnahme", "gutschrift", "paid in", "money in", "inflow",
			"received", "abono", "accredit", "prijem", "bevetel", "=bij", "inkomsten", "=cr", "credito"),

	FLAG("=type", "=typ", "indicator", "kennzeichen", "=sign", "direction", "richtung", "cdtdbtind", "d/c", "c/d",
			"cr/dr", "dr/cr", "s/h", "d/k", "soll/haben", "af bij", "af/bij"),

	CURRENCY("currency", "wahrung", "waehrung", "=munt", "=monn", "monnaie", "devise", "divisa", "moneda", "valuta",
			"=mena", "deviza", "waluta", "=ccy", "=cur", "=curr"),

	/**
	 * Words that make a currency or payee column someone else's: original, foreign,
	 * local.
	 */
	FOREIGN("original", "=orig", "oorspr", "fremd", "foreign", "=local", "lokal", "puvodni"),

	PURPOSE("verwendungszweck", "=vwz", "purpose", "omschrijving", "mededeling", "zprava", "kozlemeny", "causale",
			"concepto", "libelle", "remittance", "payment reference", "message", "nachricht", "zweck"),

	DESCRIPTION("description", "=desc", "beschreibung", "text", "detail", "reszletek", "=memo", "narrative",
			"particulars", "descripcion", "descrizione", "=popis", "=opis"),

	NOTES("=notes", "=note", "poznamka", "notiz", "bemerkung", "remarks", "comment", "kommentar", "opmerking"),

	PAYEE("payee", "counterparty", "counter party", "beneficiar", "empfanger", "empfaenger", "beguenstigter",
			"begunstigter", "zahlungspflichtiger", "auftraggeber", "tegenpartij", "merchant", "=partner", "protiuctu",
			"protistrana", "ordenante", "destinataire", "=payer", "recipient", "name of", "absender", "=zahler"),

	NAME("=name", "=naam", "=nom", "nombre", "nazev", "=neve", "=nome"),

	/**
	 * Words that make a name column an account number, an address, a status, or the
	 * holder's own.
	 */
	NOT_PAYEE("iban", "=bic", "=blz", "konto", "rekening", "account", "number", "nummer", "=nr", "=no", "cislo",
			"szamla", "adres", "address", "card", "karte", "=id", "=uctu", "=ucet", "status", "=stav", "email",
			"e-mail", "phone", "telefon"),

	CATEGORY("categor", "kategori"),

	BANK_ID("=id", "fitid", "transaction id", "referenz", "reference", "referencia", "riferimento", "referentie",
			"=ref", "volgnr", "volgnummer", "azonosito", "transaktionsnummer", "transaction number", "de transaction"),

	CARD("card", "karte", "kaart", "carte", "tarjeta", "kartya", "karta");

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

	private final List<String> words;

	HeaderHint(String... words) {
		this.words = Arrays.asList(words);
	}

	boolean in(String header) {
		String plain = plain(header);
		List<String> tokens = Arrays.asList(NON_LETTERS.split(plain));
		return this.words.stream()
			.anyMatch((word) -> word.startsWith("=") ? tokens.contains(word.substring(1)) : plain.contains(word));
	}

	/** The header in lower case, without accents, underscores as spaces. */
	static String plain(String header) {
		boolean ascii = header.chars().allMatch((c) -> c < 128);
		String bare = ascii ? header : MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
		return bare.toLowerCase(Locale.ROOT).replace("ß", "ss").replace('_', ' ').strip();
	}

}
