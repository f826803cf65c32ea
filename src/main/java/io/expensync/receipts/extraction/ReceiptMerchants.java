package io.expensync.receipts.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the merchant's name: the most name-like of the first lines. Lines that are mostly
 * digits or symbols, addresses, phone and registration numbers, and headings such as
 * {@code TAX INVOICE} are skipped; capitals, business words ({@code SDN BHD},
 * {@code TRADING}, {@code RESTAURANT}…) and a registration number on the next line make a
 * line more likely. A legal suffix printed alone on the next line is joined on.
 */
final class ReceiptMerchants {

	private static final int LINES_TO_LOOK_AT = 10;

	private static final Pattern JUNK = Pattern
		.compile("INVOICE|^CASH\\b|RECEIPT|\\bTEL\\b|\\bTEL[:.]|FAX|PHONE|\\bH/?P\\b"
				+ "|\\bG\\.?S\\.?T\\b|\\bREG\\b|\\bREG\\.|\\bCO\\.?\\s*NO|\\bROC\\b|WELCOME|\\bDATE\\b|\\bTIME\\b|CASHIER"
				+ "|WWW|HTTP|@|\\.COM\\b|\\bJALAN\\b|\\bJLN\\b|\\bTAMAN\\b|\\bLORONG\\b|\\bROAD\\b|\\bSTREET\\b|\\bAVENUE\\b"
				+ "|\\bLOT\\b|\\bNO\\s*[.:]|SELANGOR|JOHOR|KUALA LUMPUR|PULAU PINANG|PENANG|DARUL|NEGERI|\\bBLOCK\\b|\\bBLK\\b|\\bFLOOR\\b|\\bSUITE\\b|\\d{5}|\\bTHANK|\\bORDER\\b|\\bTABLE\\b");

	private static final Pattern REGISTRATION = Pattern.compile("\\(?\\s*[A-Z]{0,3}\\d{4,}\\s*-\\s*[A-Z]\\s*\\)?");

	private static final Pattern BUSINESS = Pattern
		.compile("\\bSDN\\b|\\bBHD\\b|\\bS/B\\b|ENTERPRISE|TRADING|RESTAURANT"
				+ "|RESTORAN|\\bSTORES?\\b|\\bMART\\b|\\bSHOP\\b|\\bLTD\\b|LIMITED|\\bINC\\b|\\bLLC\\b|GMBH|\\bCORP|COMPANY"
				+ "|MARKET|HARDWARE|STATIONERY|BAKERY|\\bCAFE|PHARMACY|KEDAI|PERNIAGAAN|PASAR|HOLDINGS|INDUSTRIES|\\bGROUP\\b"
				+ "|TRADERS?\\b|SERVICES?\\b|CENTRE|CENTER|\\bFOODS?\\b|\\bKITCHEN|\\bBOOKS|SUPPLIES|STATION\\b|ELECTRICAL");

	private static final Pattern LEGAL_SUFFIX = Pattern
		.compile("^(\\(M\\)\\s*)?(SDN\\.?\\s*BHD\\.?|S/B|BHD\\.?|LTD\\.?|LIMITED|INC\\.?|GMBH|LLC)$");

	private static final Pattern BODY = Pattern
		.compile("\\bQTY\\b|\\bAMOUNT\\b|\\bPRICE\\b|\\bDESCRIPTION\\b|\\bITEMS?\\b|\\bTOTAL\\b");

	/** A line that continues the name above it rather than starting one. */
	private static final Pattern CONTINUATION = Pattern
		.compile("^\\(|^(SDN|BHD|ENTERPRISE|TRADING|HARDWARE|RESTAURANT|FOODS?|MARKETING|SERVICES?|HOLDINGS)\\b");

	private static final Pattern ENDS_LEGALLY = Pattern
		.compile("(SDN\\.?\\s*BHD\\.?|\\bS/B|\\bBHD\\.?|\\bLTD\\.?|LIMITED|\\bINC\\.?|GMBH|\\bLLC|\\bPLC)$");

	/** Short leftovers of OCR at the ends: "7 | NAME", "NAME Fo a", "NAME 4". */
	private static final Pattern STRAY_EDGES = Pattern
		.compile("^(?:[^\\p{L}\\s]{1,2}\\s+)+|(?:\\s+(?:[^\\p{L}\\s]{1,2}|\\p{Ll}{1,2}|\\p{Lu}\\p{Ll}))+$");

	private static final Pattern LEGAL_END = Pattern
		.compile("(?i)\\bSDN\\.?\\s*BHD\\.?|\\bS/B\\b|\\bBHD\\.?(?=\\s|$)|\\bLTD\\b\\.?|\\bGMBH\\b|\\bLLC\\b");

	/**
	 * "SDN BHD" as OCR often misreads it: "SON. BHD", "S0N BHO", "SIN' BHD", "SC': BHD".
	 */
	private static final Pattern OCR_SDN = Pattern
		.compile("\\bS[A-Z0-9]?[NH]?[.,:;'`’]{0,2}\\s*BH[DEO0](?=\\.|\\s|$)|\\bS[O0D][NH](?=\\.?\\s*BHD)");

	/** "S/B" (Sdn Bhd) as OCR often misreads it: "$/B", "§/B8", "5/B". */
	private static final Pattern OCR_SB = Pattern.compile("(?<=\\s)[S$§5]\\s?/\\s?[B8]{1,2}(?=\\s|$)");

	/** Real words one letter away from a vocabulary word: a state, not "KEDAI". */
	/** A last word opening a parenthesis and ending in a letter read for its close. */
	private static final Pattern UNCLOSED_LAST_WORD = Pattern.compile(".*\\([^()\\[\\]{}\\s]+[DJ1Il|\\]]");

	private static final Set<String> NOT_SLIPS = Set.of("KEDAH", "MARKEL", "CENTRA");

	/** How many more lines a name broken over several lines may take. */
	private static final int CONTINUED_LINES = 2;

	/**
	 * Common words of business names, to put right a letter that OCR got wrong in them.
	 */
	private static final List<String> VOCABULARY = List.of("ENTERPRISE", "ENTERPRISES", "TRADING", "RESTAURANT",
			"RESTORAN", "HARDWARE", "STATIONERY", "KEDAI", "PERNIAGAAN", "RUNCIT", "MARKETING", "SERVICES", "SERVICE",
			"ELECTRICAL", "BAKERY", "PHARMACY", "SUPERMARKET", "MARKET", "TRADERS", "HOLDINGS", "INDUSTRIES", "STATION",
			"CENTRE", "CENTER", "KITCHEN", "SUPPLIES", "SUPPLY", "CONFECTIONERY", "COMPANY", "LIMITED", "PACKAGING",
			"MACHINERY", "AUTOMOBILE", "FURNITURE", "BOOKSTORE", "HYPERMARKET", "MINIMARKET", "EMPORIUM", "CATERING",
			"OPTICAL");

	private ReceiptMerchants() {
	}

	static @Nullable ExtractedField<String> find(List<String> lines) {
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
		String name = name(lines.get(bestIndex));
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
				joined.append((index > start) ? " " : "").append(name(lines.get(index)));
			}
			name = joined.toString();
		}
		else if (!ENDS_LEGALLY.matcher(upper).find()) {
			name = joinedWithFollowingLines(lines, bestIndex, name);
		}
		return ExtractedField.of(withParenthesisClosed(name), Math.min(0.9, 0.2 + 0.1 * bestScore));
	}

	/**
	 * A name that ends inside a parenthesis with a letter OCR reads for its closing
	 * bracket ({@code FUN N CHEER (MALURID}) ends with the bracket.
	 */
	static String withParenthesisClosed(String name) {
		return UNCLOSED_LAST_WORD.matcher(name).matches() ? name.substring(0, name.length() - 1) + ")" : name;
	}

	/**
	 * Whether the line goes on with the name on the line above: it starts with a business
	 * word or a legal suffix, or closes a parenthesis that the line above left open.
	 */
	private static boolean continuesAbove(List<String> lines, int index) {
		String line = name(lines.get(index));
		return CONTINUATION.matcher(line.toUpperCase(Locale.ROOT)).find()
				|| leavesParenthesisOpen(name(lines.get(index - 1))) && closesParenthesis(line);
	}

	private static boolean closesParenthesis(String text) {
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
			String part = name(lines.get(next));
			String partUpper = part.toUpperCase(Locale.ROOT);
			boolean continues = CONTINUATION.matcher(partUpper).find() || leavesParenthesisOpen(previous);
			if (!continues || JUNK.matcher(partUpper).find() || partUpper.chars().anyMatch(Character::isDigit)) {
				break;
			}
			joined.append(' ').append(part);
			if (ENDS_LEGALLY.matcher(partUpper).find()) {
				return joined.toString();
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
	 * A word of the business vocabulary read with one letter wrong ("KEDAT" for "KEDAI",
	 * "HARLWARE" for "HARDWARE") put right; words shorter than five letters are left as
	 * read.
	 */
	static String withVocabularyFixed(String name) {
		StringBuilder fixed = new StringBuilder();
		Matcher word = Pattern.compile("\\p{L}{5,}").matcher(name);
		int at = 0;
		while (word.find()) {
			fixed.append(name, at, word.start());
			fixed.append(closestWord(word.group()));
			at = word.end();
		}
		return fixed.append(name.substring(at)).toString();
	}

	private static String closestWord(String word) {
		String upper = word.toUpperCase(Locale.ROOT);
		if (NOT_SLIPS.contains(upper)) {
			return word;
		}
		String closest = null;
		for (String known : VOCABULARY) {
			if (known.length() != upper.length() || known.equals(upper)) {
				if (known.equals(upper)) {
					return word;
				}
				continue;
			}
			int differences = 0;
			for (int i = 0; i < known.length() && differences < 2; i++) {
				differences += (known.charAt(i) != upper.charAt(i)) ? 1 : 0;
			}
			if (differences == 1) {
				if (closest != null) {
					return word;
				}
				closest = known;
			}
		}
		if (closest == null) {
			return word;
		}
		return word.equals(upper) ? closest : word.equals(word.toLowerCase(Locale.ROOT))
				? closest.toLowerCase(Locale.ROOT) : closest.charAt(0) + closest.substring(1).toLowerCase(Locale.ROOT);
	}

	/**
	 * The name as printed, without registration numbers, stray marks and OCR slips in
	 * "SDN BHD".
	 */
	private static String name(String line) {
		String name = withoutRegistration(legalFormsFixed(clean(line)));
		name = STRAY_EDGES.matcher(name).replaceAll("").strip();
		// what follows "SDN BHD" or "S/B" on the same line is a branch or code, not the
		// name
		Matcher legal = LEGAL_END.matcher(name);
		name = legal.find() ? name.substring(0, legal.end()) : name;
		return withVocabularyFixed(name);
	}

	private static double score(List<String> lines, int index) {
		String original = legalFormsFixed(clean(lines.get(index)));
		String upper = original.toUpperCase(Locale.ROOT);
		boolean registered = REGISTRATION.matcher(upper).find();
		String line = withoutRegistration(original);
		int letters = 0;
		int capitals = 0;
		int others = 0;
		for (char c : line.toCharArray()) {
			if (Character.isLetter(c)) {
				letters++;
				capitals += Character.isUpperCase(c) ? 1 : 0;
			}
			else if (!Character.isWhitespace(c)) {
				others++;
			}
		}
		if (letters < 3 || letters < 2 * others || JUNK.matcher(line.toUpperCase(Locale.ROOT)).find()) {
			return 0;
		}
		String next = (index + 1 < lines.size()) ? legalFormsFixed(clean(lines.get(index + 1))).toUpperCase(Locale.ROOT)
				: "";
		String[] words = line.split("\\s+");
		long longWords = Arrays.stream(words).filter((word) -> word.length() >= 3).count();
		double score = 2.0 * capitals / letters + Math.min(3, longWords) * 0.5;
		score += BUSINESS.matcher(upper).find() ? 2 : 0;
		score += (registered || REGISTRATION.matcher(next).find() || LEGAL_SUFFIX.matcher(next).matches()) ? 2 : 0;
		score -= (longWords * 2 < words.length) ? 1.5 : 0;
		return Math.max(0, score - 0.25 * index);
	}

	/** The line with OCR slips in "SDN BHD" and "S/B" put right. */
	static String legalFormsFixed(String line) {
		String fixed = OCR_SB.matcher(line).replaceAll("S/B");
		Matcher sdn = OCR_SDN.matcher(fixed);
		return sdn.replaceAll((m) -> m.group().contains("BH") ? "SDN BHD" : "SDN");
	}

	/** The line without the noise OCR puts around it (stray marks, frame lines). */
	static String clean(String line) {
		return line.replaceAll("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N}).]+$", "").replaceAll("\\s+", " ").strip();
	}

	private static String withoutRegistration(String line) {
		return REGISTRATION.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

}
