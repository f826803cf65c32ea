package io.expensync.imports.formats;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads OFX files (QFX included): 1.x in SGML and 2.x in XML. It reads bank statements
 * ({@code STMTRS}), credit-card statements ({@code CCSTMTRS}) and the cash transactions
 * of investment statements ({@code INVSTMTRS}), one {@link Statement} each. A server's
 * error response is refused with the bank's message. {@link #declaredCharset} reads the
 * text encoding that an OFX 1.x header declares, for decoding the file first.
 */
public final class OfxReader {

	private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS", "INVSTMTRS");

	/**
	 * YYYYMMDD, then an optional time and fraction, then an optional zone as [-5:EST].
	 */
	private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})[0-9.:]*\\s*(\\[[^\\]]*\\])?");

	/**
	 * A sign, digits, and a period or (the spec allows it) a comma as the decimal mark.
	 */
	private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	/**
	 * The character set that an OFX 1.x header declares ({@code ENCODING:UTF-8}, or
	 * {@code ENCODING:USASCII} with {@code CHARSET:1252}, {@code CHARSET:ISO-8859-1} and
	 * so on). An OFX 2.x file declares its encoding in its XML declaration instead, which
	 * is not read here.
	 * @param head the file's first bytes (a kilobyte holds the header)
	 * @return the declared character set, or empty when there is no OFX 1.x header, it
	 * declares none ({@code CHARSET:NONE}), or Java does not know it
	 */
	public static Optional<Charset> declaredCharset(byte[] head) {
		String encoding = null;
		String charset = null;
		// every header character is ASCII, so any byte-per-character decoding reads it
		String[] lines = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
			.strip()
			.split("\r\n|\r|\n");
		if (!lines[0].startsWith("OFXHEADER")) {
			return Optional.empty();
		}
		for (String line : lines) {
			if (line.contains("<")) {
				break;
			}
			String[] field = line.split(":", 2);
			if (field.length == 2 && field[0].strip().equalsIgnoreCase("ENCODING")) {
				encoding = field[1].strip().toUpperCase(Locale.ROOT);
			}
			else if (field.length == 2 && field[0].strip().equalsIgnoreCase("CHARSET")) {
				charset = field[1].strip().toUpperCase(Locale.ROOT);
			}
		}
		if (encoding != null && (encoding.startsWith("UTF") || encoding.equals("UNICODE"))) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		return (charset != null) ? charset(charset) : Optional.empty();
	}

	/** OFX 1.x names a Windows code page by its number, ISO 8859 parts by name. */
	private static Optional<Charset> charset(String declared) {
		List<String> names = declared.matches("\\d+") ? List.of("windows-" + declared, "cp" + declared)
				: List.of(declared.replaceFirst("^(ISO)?-?8859", "ISO-8859"), declared);
		for (String name : names) {
			try {
				if (Charset.isSupported(name)) {
					return Optional.of(Charset.forName(name));
				}
			}
			catch (IllegalCharsetNameException ex) {
				// not a name Java reads: try the next form, or declare none
			}
		}
		return Optional.empty();
	}

	/**
	 * Reads every statement in the file.
	 * @param text the whole file, decoded
	 * @param limits the most rows, and the longest value between two tags (OFX files
	 * often come on one line, so that is what the line limit applies to)
	 * @return the statements, in the file's order
	 * @throws BadFileException when the file is an error response, holds no statement, is
	 * cut off, or has a transaction without a readable date or amount
	 */
	public List<Statement> read(String text, ReadLimits limits) {
		Element ofx = OfxTree.read(text, limits);
		List<Element> found = ofx.descendants(STATEMENTS);
		if (found.isEmpty()) {
			throw noStatement(ofx);
		}
		List<Statement> statements = new ArrayList<>();
		int rows = 0;
		for (Element statement : found) {
			List<StatementRow> read = new ArrayList<>();
			for (Element transaction : transactions(statement)) {
				limits.checkRows(++rows, transaction.line());
				read.add(row(transaction));
			}
			statements.add(new Statement(statement.text(accountFrom(statement), "ACCTID"), currency(statement), read,
					closingBalance(statement)));
		}
		return statements;
	}

	/** A response without a statement is an error the bank sent, or not a statement. */
	private static BadFileException noStatement(Element ofx) {
		for (Element status : ofx.descendants("STATUS")) {
			String code = status.text("CODE");
			if (code != null && !code.matches("0+")) {
				String message = status.text("MESSAGE");
				return new BadFileException(status.find("CODE").line(),
						"the bank sent an error instead of a statement: "
								+ ((message != null) ? message + " (OFX code " + code + ")" : "OFX code " + code));
			}
		}
		return new BadFileException(0, "the file holds no bank, credit-card or investment statement");
	}

	/**
	 * An investment statement's cash transactions ({@code INVBANKTRAN/STMTTRN}) are the
	 * only ones with a single signed amount; its trades are not read.
	 */
	private static List<Element> transactions(Element statement) {
		List<Element> transactions = statement.descendants("STMTTRN");
		if (transactions.isEmpty() && statement.name().equals("INVSTMTRS")) {
			throw new BadFileException(statement.line(), "this is an investment statement without cash "
					+ "transactions; ExpenSync does not read investment statements (trades, holdings)");
		}
		return transactions;
	}

	private static String accountFrom(Element statement) {
		for (Element child : statement.children()) {
			if (child.name().endsWith("ACCTFROM")) {
				return child.name();
			}
		}
		return "BANKACCTFROM";
	}

	private static @Nullable String currency(Element statement) {
		String currency = statement.text("CURDEF");
		return (currency != null) ? currency.toUpperCase(Locale.ROOT) : null;
	}

	private static @Nullable BigDecimal closingBalance(Element statement) {
		Element balance = statement.find("LEDGERBAL", "BALAMT");
		return (balance != null && balance.text() != null) ? amount(balance, "closing balance (LEDGERBAL/BALAMT)")
				: null;
	}

	private static StatementRow row(Element transaction) {
		LocalDate date = date(required(transaction, "DTPOSTED", "date"));
		BigDecimal amount = amount(required(transaction, "TRNAMT", "amount"), "amount (TRNAMT)");
		String name = text(transaction, "NAME");
		String payee = words((name != null) ? name : text(transaction, "PAYEE", "NAME"));
		String description = firstOf(text(transaction, "MEMO"), payee, text(transaction, "TRNTYPE"));
		return new StatementRow(transaction.line(), date, amount, description, payee, transaction.text("FITID"), null,
				List.of());
	}

	/** A name without a letter (a reference number some banks put there) names no one. */
	private static @Nullable String words(@Nullable String name) {
		return (name != null && name.codePoints().anyMatch(Character::isLetter)) ? name : null;
	}

	private static Element required(Element transaction, String name, String what) {
		Element found = transaction.child(name);
		if (found == null || found.text() == null) {
			throw new BadFileException(transaction.line(),
					"the transaction that starts here has no " + what + " (" + name + ")");
		}
		return found;
	}

	/** The date as written: a time zone does not move it to another day. */
	private static LocalDate date(Element posted) {
		Matcher matcher = DATE.matcher(posted.text());
		if (matcher.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)));
			}
			catch (DateTimeException ex) {
				// not a day of the calendar: refused below
			}
		}
		throw new BadFileException(posted.line(),
				"the date (DTPOSTED) \"" + posted.text() + "\" is not an OFX date such as 20240131");
	}

	private static BigDecimal amount(Element element, String what) {
		String written = element.text().replace(" ", "");
		if (!AMOUNT.matcher(written).matches()) {
			throw new BadFileException(element.line(),
					"the " + what + " \"" + element.text() + "\" is not a number such as -12.50");
		}
		return new BigDecimal(written.replace(',', '.'));
	}

	private static @Nullable String text(Element element, String... path) {
		String text = element.text(path);
		return (text != null) ? BLANKS.matcher(text).replaceAll(" ") : null;
	}

	private static String firstOf(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return "Transaction";
	}

}
