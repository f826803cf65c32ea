package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns one CAMT entry ({@code Ntry}) into a row, by the rules of ISO 20022.
 */
final class CamtEntry {

	/**
	 * An ISO date, alone ({@code Dt}, with an optional zone) or starting a date-time
	 * ({@code DtTm}).
	 */
	private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*|Z|[+-]\\d{2}:\\d{2})?");

	/** ISO 20022 amounts carry no sign: {@code CdtDbtInd} gives it. */
	private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private static final Set<String> PLACEHOLDERS = Set.of("NONREF", "NOTPROVIDED");

	private CamtEntry() {
	}

	/**
	 * {@code Sts} is a code up to camt.053.001.07 and a choice of {@code Cd} or
	 * {@code Prtry} from .08 on.
	 * @return the status in capitals, or {@code null} when the entry states none
	 */
	static @Nullable String status(Element entry) {
		Element status = entry.child("Sts");
		if (status == null) {
			return null;
		}
		String code = (status.text() != null) ? status.text()
				: (status.text("Cd") != null) ? status.text("Cd") : status.text("Prtry");
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	static String statusName(String status) {
		return switch (status) {
			case "PDNG" -> "pending";
			case "INFO" -> "information only";
			case "FUTR" -> "booking in the future";
			default -> "not booked";
		};
	}

	/**
	 * @param currency the statement's currency, which every entry's amount is in
	 */
	static StatementRow row(Element entry, @Nullable String currency) {
		Element amount = entry.child("Amt");
		if (amount == null) {
			throw new BadFileException(entry.line(), "the entry that starts here has no amount (Amt)");
		}
		String entryCurrency = amount.attribute("Ccy");
		if (currency != null && entryCurrency != null && !entryCurrency.equals(currency)) {
			throw new BadFileException(amount.line(),
					"the entry's amount is in " + entryCurrency + " but the account's currency is " + currency);
		}
		BigDecimal signed = signed(entry, amount);
		String payee = payee(entry, signed.signum() < 0);
		String description = description(entry, payee, signed.signum() < 0);
		String bankId = reference(entry.text("AcctSvcrRef"));
		return new StatementRow(entry.line(), date(entry), signed, description, payee,
				(bankId != null) ? bankId : reference(entry.text("NtryRef")), null, List.of());
	}

	/**
	 * A reference that names this entry alone: NONREF (from SWIFT MT940) and NOTPROVIDED
	 * (the ISO 20022 filler) stand on many entries, and as a bank id would make them all
	 * duplicates of each other.
	 */
	private static @Nullable String reference(@Nullable String written) {
		return (written == null || PLACEHOLDERS.contains(written.toUpperCase(Locale.ROOT))) ? null : written;
	}

	/**
	 * The amount, negative when the indicator is {@code DBIT}. A reversal
	 * ({@code RvslInd}) already carries the indicator of its own direction, the opposite
	 * of the entry it reverses, so it needs nothing more.
	 * @param owner the entry or balance that holds the amount and its indicator
	 */
	static BigDecimal signed(Element owner, Element amount) {
		String written = (amount.text() != null) ? amount.text() : "";
		if (!AMOUNT.matcher(written).matches()) {
			throw new BadFileException(amount.line(),
					"the amount (Amt) \"" + written + "\" is not a number such as 12.50");
		}
		BigDecimal value = new BigDecimal(written);
		String indicator = owner.text("CdtDbtInd");
		if ("CRDT".equals(indicator)) {
			return value;
		}
		if ("DBIT".equals(indicator)) {
			return value.negate();
		}
		throw new BadFileException(owner.line(),
				(indicator == null)
						? "the " + what(owner) + " that starts here has no credit/debit indicator (CdtDbtInd)"
						: "the credit/debit indicator (CdtDbtInd) \"" + indicator + "\" is neither CRDT nor DBIT");
	}

	private static String what(Element owner) {
		return owner.name().equals("Bal") ? "balance" : "entry";
	}

	/**
	 * The booking date ({@code BookgDt}), else the value date, as written: no zone shift.
	 */
	private static LocalDate date(Element entry) {
		Element date = (entry.child("BookgDt") != null) ? entry.child("BookgDt") : entry.child("ValDt");
		if (date == null) {
			throw new BadFileException(entry.line(),
					"the entry that starts here has no booking date (BookgDt) or value date (ValDt)");
		}
		Element written = (date.child("Dt") != null) ? date.child("Dt") : date.child("DtTm");
		String text = (written != null) ? written.text() : null;
		Matcher matcher = (text != null) ? DATE.matcher(text) : null;
		if (matcher != null && matcher.matches()) {
			try {
				return LocalDate.parse(matcher.group(1));
			}
			catch (DateTimeParseException ex) {
				// not a day of the calendar: refused below
			}
		}
		int line = (written != null) ? written.line() : date.line();
		throw new BadFileException(line, "the date (" + date.name() + ") "
				+ ((text != null) ? "\"" + text + "\" is not an ISO date such as 2024-01-31" : "is empty"));
	}

	/**
	 * The other party: the creditor of money going out, the debtor of money coming in,
	 * else the ultimate one. v8 and later put the name in {@code Pty}.
	 */
	private static @Nullable String payee(Element entry, boolean debit) {
		List<String> parties = debit ? List.of("Cdtr", "UltmtCdtr") : List.of("Dbtr", "UltmtDbtr");
		for (String party : parties) {
			for (Element details : entry.descendants("TxDtls")) {
				Element found = details.find("RltdPties", party);
				String name = (found == null) ? null
						: (found.text("Nm") != null) ? found.text("Nm") : found.text("Pty", "Nm");
				if (name != null) {
					return oneLine(name);
				}
			}
		}
		return null;
	}

	/**
	 * The unstructured remittance text and the entry's additional information, each once.
	 * Without them: the structured references and the transaction's additional
	 * information, then the other party, then the direction.
	 */
	private static String description(Element entry, @Nullable String payee, boolean debit) {
		Set<String> parts = new LinkedHashSet<>();
		List<Element> details = entry.descendants("TxDtls");
		for (Element transaction : details) {
			Element remittance = transaction.child("RmtInf");
			List<String> lines = new ArrayList<>();
			if (remittance != null) {
				remittance.children("Ustrd").forEach((line) -> addText(lines, line.text()));
			}
			addText(parts, lines.isEmpty() ? null : String.join(" ", lines));
		}
		addText(parts, entry.text("AddtlNtryInf"));
		if (parts.isEmpty()) {
			for (Element transaction : details) {
				transaction.descendants("CdtrRefInf").forEach((reference) -> addText(parts, reference.text("Ref")));
				addText(parts, transaction.text("AddtlTxInf"));
			}
		}
		if (parts.isEmpty()) {
			addText(parts, payee);
		}
		return parts.isEmpty() ? (debit ? "Debit" : "Credit") : String.join(" / ", parts);
	}

	private static void addText(Collection<String> parts, @Nullable String text) {
		if (text != null) {
			parts.add(oneLine(text));
		}
	}

	private static String oneLine(String text) {
		return BLANKS.matcher(text.strip()).replaceAll(" ");
	}

}
