package io.expensync.receipts.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the merchant's name: the most name-like of the first lines. Lines that are mostly
 * digits or symbols, addresses, phone and registration numbers, and headings such as
 * {@code TAX INVOICE} are skipped; capitals, business words ({@code SDN BHD},
 * {@code TRADING}, {@code RESTAURANT}…) and a registration number on the next line make a
 * line more likely. A legal suffix printed alone on the next line is joined on. A receipt
 * that says whose it is ("Owned by" over a company) names the merchant itself.
 */
final class ReceiptMerchants {

	private static final int LINES_TO_LOOK_AT = 10;

	static final Pattern JUNK = Pattern.compile("INVOICE|^CASH\\b|RECEIPT|\\bTEL\\b|\\bTEL[:.]|FAX|PHONE|\\bH/?P\\b"
			+ "|\\bG\\.?S\\.?T\\b|\\bREG\\b|\\bREG\\.|\\bCO\\.?\\s*NO|\\bROC\\b|WELCOME|\\bDATE\\b|\\bTIME\\b|CASHIER"
			+ "|WWW|HTTP|@|\\.COM\\b|\\bJALAN\\b|\\bJLN\\b|\\bTAMAN\\b|\\bLORONG\\b|\\bROAD\\b|\\bSTREET\\b|\\bAVENUE\\b"
			+ "|\\bLOT\\b|\\bNO\\s*[.:]|SELANGOR|JOHOR|KUALA LUMPUR|PULAU PINANG|PENANG|DARUL|NEGERI|\\bBLOCK\\b|\\bBLK\\b|\\bFLOOR\\b|\\bSUITE\\b|\\d{5}|\\bTHANK|\\bORDER\\b|\\bTABLE\\b");

	static final Pattern BUSINESS = Pattern.compile("\\bSDN\\b|\\bBHD\\b|\\bS/B\\b|ENTERPRISE|TRADING|RESTAURANT"
			+ "|RESTORAN|\\bSTORES?\\b|\\bMART\\b|\\bSHOP\\b|\\bLTD\\b|LIMITED|\\bINC\\b|\\bLLC\\b|GMBH|\\bCORP|COMPANY"
			+ "|MARKET|HARDWARE|STATIONERY|BAKERY|\\bCAFE|PHARMACY|KEDAI|PERNIAGAAN|PASAR|HOLDINGS|INDUSTRIES|\\bGROUP\\b"
			+ "|TRADERS?\\b|SERVICES?\\b|CENTRE|CENTER|\\bFOODS?\\b|\\bKITCHEN|\\bBOOKS|SUPPLIES|STATION\\b|ELECTRICAL");

	static final Pattern LEGAL_SUFFIX = Pattern
		.compile("^(\\(M\\)\\s*)?(SDN\\.?\\s*BHD\\.?|S/B|BHD\\.?|LTD\\.?|LIMITED|INC\\.?|GMBH|LLC)$");

	static final Pattern BODY = Pattern
		.compile("\\bQTY\\b|\\bAMOUNT\\b|\\bPRICE\\b|\\bDESCRIPTION\\b|\\bITEMS?\\b|\\bTOTAL\\b");

	/** A line that continues the name above it rather than starting one. */
	static final Pattern CONTINUATION = Pattern
		.compile("^\\(|^(SDN|BHD|ENTERPRISE|TRADING|HARDWARE|RESTAURANT|FOODS?|MARKETING|SERVICES?|HOLDINGS)\\b");

	static final Pattern ENDS_LEGALLY = Pattern
		.compile("(SDN\\.?\\s*BHD\\.?|\\bS/B|\\bBHD\\.?|\\bLTD\\.?|LIMITED|\\bINC\\.?|GMBH|\\bLLC|\\bPLC)$");

	/** How many more lines a name broken over several lines may take. */
	private static final int CONTINUED_LINES = 2;

	private ReceiptMerchants() {
	}

	/** The merchant's name; {@code null} when no line looks like one. */
	static @Nullable ExtractedField<String> find(List<String> lines) {
		String owner = PrintedNames.owner(lines);
		if (owner != null) {
			// the receipt says whose it is: the company, not the brand at its top
			return ExtractedField.of(owner, 0.8);
		}
		int limit = Math.min(LINES_TO_LOOK_AT, lines.size());
		for (int index = 0; index < limit; index++) {
			// the name is printed above the items and their column headings
			if (BODY.matcher(lines.get(index).toUpperCase(Locale.ROOT)).find()) {
				limit = index;
			}
		}
		int bestIndex = -1;
		double bestScore = 0;
		for (int index = 0; index < limit; index++) {
			double score = score(lines, index);
			if (score > bestScore) {
				bestScore = score;
				bestIndex = index;
			}
		}
		if (bestIndex < 0) {
			return null;
		}
		String name = PrintedNames.read(lines.get(bestIndex));
		String upper = name.toUpperCase(Locale.ROOT);
		boolean suffixAlone = LEGAL_SUFFIX.matcher(upper).matches();
		int start = bestIndex;
		// "(SETIA ALAM) SDN BHD", "ENTERPRISE SDN BHD" or "ALAM) SDN BHD" continues the
		// name above it
		while (start > 0 && bestIndex - start < CONTINUED_LINES && continuesAbove(lines, start)
				&& ((suffixAlone && start == bestIndex) || score(lines, start - 1) > 0)) {
			start--;
		}
		if (start < bestIndex) {
			StringBuilder joined = new StringBuilder();
			for (int index = start; index <= bestIndex; index++) {
				joined.append((index > start) ? " " : "").append(PrintedNames.read(lines.get(index)));
			}
			// "ENTERPRISE CSETIA ALAM)": the bracket that OCR read as a letter put back
			name = PrintedNames.withParenthesisOpened(joined.toString());
		}
		else if (!ENDS_LEGALLY.matcher(upper).find()) {
			name = joinedWithFollowingLines(lines, bestIndex, name);
		}
		return ExtractedField.of(PrintedNames.withParenthesisClosed(name), Math.min(0.9, 0.2 + 0.1 * bestScore));
	}

	/**
	 * Whether the line goes on with the name on the line above: it starts with a business
	 * word or a legal suffix, or closes a parenthesis that it did not open (the line
	 * above opened it, even when OCR read that bracket as a letter: "ENTERPRISE CSETIA"
	 * over "ALAM) SDN BHD").
	 */
	private static boolean continuesAbove(List<String> lines, int index) {
		String line = PrintedNames.read(lines.get(index));
		return CONTINUATION.matcher(line.toUpperCase(Locale.ROOT)).find() || closesParenthesis(line);
	}

	/** Whether the text closes a parenthesis before it opens one. */
	static boolean closesParenthesis(String text) {
		int close = Math.max(text.indexOf(')'), text.indexOf('}'));
		int open = Math.max(text.indexOf('('), text.indexOf('{'));
		return close >= 0 && (open < 0 || open > close);
	}

	/**
	 * The name with the lines it runs on to, when it is broken over up to
	 * {@value #CONTINUED_LINES} more lines that end in a legal suffix: each of them
	 * starts with a business word ("ENTERPRISE (SETIA") or follows a line that left a
	 * parenthesis open ("ALAM) SDN BHD").
	 */
	private static String joinedWithFollowingLines(List<String> lines, int index, String name) {
		StringBuilder joined = new StringBuilder(name);
		String previous = name;
		for (int next = index + 1; next < lines.size() && next <= index + CONTINUED_LINES; next++) {
			String part = PrintedNames.read(lines.get(next));
			String partUpper = part.toUpperCase(Locale.ROOT);
			boolean continues = CONTINUATION.matcher(partUpper).find() || leavesParenthesisOpen(previous)
					|| closesParenthesis(part);
			if (!continues || JUNK.matcher(partUpper).find() || partUpper.chars().anyMatch(Character::isDigit)) {
				break;
			}
			joined.append(' ').append(part);
			if (ENDS_LEGALLY.matcher(partUpper).find()) {
				return PrintedNames.withParenthesisOpened(joined.toString());
			}
			previous = part;
		}
		return name;
	}

	private static boolean leavesParenthesisOpen(String text) {
		int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('{'));
		return open >= 0 && text.indexOf(')', open) < 0 && text.indexOf('}', open) < 0;
	}

	/**
	 * How much the line looks like the merchant's name; 0 when it does not at all. Lines
	 * further down count less.
	 */
	private static double score(List<String> lines, int index) {
		String original = PrintedNames.tidied(lines.get(index));
		String upper = original.toUpperCase(Locale.ROOT);
		boolean registered = PrintedNames.registered(upper);
		String line = PrintedNames.withoutRegistration(original);
		PrintedCharacters characters = PrintedCharacters.of(line);
		int letters = characters.letters();
		if (letters < 3 || letters < 2 * (characters.digits() + characters.others())
				|| JUNK.matcher(line.toUpperCase(Locale.ROOT)).find()) {
			return 0;
		}
		String next = (index + 1 < lines.size()) ? PrintedNames.tidied(lines.get(index + 1)).toUpperCase(Locale.ROOT)
				: "";
		String[] words = line.split("\\s+");
		long longWords = Arrays.stream(words).filter((word) -> word.length() >= 3).count();
		double score = 2.0 * characters.capitals() / letters + Math.min(3, longWords) * 0.5;
		score += BUSINESS.matcher(upper).find() ? 2 : 0;
		score += (registered || PrintedNames.registered(next) || LEGAL_SUFFIX.matcher(next).matches()) ? 2 : 0;
		score -= (longWords * 2 < words.length) ? 1.5 : 0;
		return Math.max(0, score - 0.25 * index);
	}

}
