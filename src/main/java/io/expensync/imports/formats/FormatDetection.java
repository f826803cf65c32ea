package io.expensync.imports.formats;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which format a statement file is in, from its first lines: an OFX header or root, a QIF
 * {@code !} header, an ISO 20022 cash-management document; any other text is read as CSV.
 */
public final class FormatDetection {

	/** How far into the file the header is looked for. */
	private static final int HEAD = 4096;

	private static final Pattern OFX = Pattern.compile("(?s)^\\s*(OFXHEADER\\s*:|<\\?xml[^>]*>\\s*<\\?OFX|<OFX>)",
			Pattern.CASE_INSENSITIVE);

	/** A QIF header, after any comment lines ({@code #}) some exporters write first. */
	private static final Pattern QIF = Pattern.compile(
			"^(?:[ \\t]*+(?:#[^\\r\\n]*+)?+[\\r\\n])*+[ \\t]*+!(Type|Account|Option|Clear)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CAMT = Pattern.compile(
			"urn:iso:std:iso:20022:tech:xsd:camt\\.05[234]|<(\\w+:)?(BkToCstmrStmt|BkToCstmrAcctRpt|BkToCstmrDbtCdtNtfctn)\\b");

	private static final Pattern ISO_20022 = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3})");

	private FormatDetection() {
	}

	/**
	 * @param text the decoded file
	 * @return the format to read it as
	 * @throws BadFileException for an XML document that is neither OFX nor CAMT (a
	 * payment order, a camt.056 cancellation), or an empty file
	 */
	public static FileFormat detect(String text) {
		String head = text.substring(0, Math.min(text.length(), HEAD));
		if (head.isBlank()) {
			throw new BadFileException(0, "The file is empty.");
		}
		if (OFX.matcher(head).find()) {
			return FileFormat.OFX;
		}
		if (QIF.matcher(head).find()) {
			return FileFormat.QIF;
		}
		if (head.stripLeading().startsWith("<")) {
			if (CAMT.matcher(head).find()) {
				return FileFormat.CAMT;
			}
			throw new BadFileException(0, "This XML file is neither an OFX statement nor an ISO 20022 account statement"
					+ " (camt.052, camt.053 or camt.054)" + documentKind(head) + ".");
		}
		return FileFormat.CSV;
	}

	private static String documentKind(String head) {
		Matcher namespace = ISO_20022.matcher(head);
		return namespace.find() ? "; it is a " + namespace.group(1).toLowerCase(Locale.ROOT) + " document" : "";
	}

}
