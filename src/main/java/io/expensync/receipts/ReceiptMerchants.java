package io.expensync.receipts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

	private static final Pattern OCR_SDN = Pattern.compile("\\bS[O0D][NH](\\.?\\s*BHD)");

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
		if (bestIndex > 0 && CONTINUATION.matcher(upper).find() && (suffixAlone || score(lines, bestIndex - 1) > 0)) {
			// "(SETIA ALAM) SDN BHD" or "ENTERPRISE SDN BHD" continues the name above it
			name = name(lines.get(bestIndex - 1)) + " " + name;
		}
		else if (bestIndex + 1 < lines.size() && !ENDS_LEGALLY.matcher(upper).find()) {
			String next = name(lines.get(bestIndex + 1));
			String nextUpper = next.toUpperCase(Locale.ROOT);
			if (CONTINUATION.matcher(nextUpper).find() && ENDS_LEGALLY.matcher(nextUpper).find()
					&& !JUNK.matcher(nextUpper).find()) {
				name = name + " " + next;
			}
		}
		return ExtractedField.of(name, Math.min(0.9, 0.2 + 0.1 * bestScore));
	}

	/**
	 * The name as printed, without registration numbers, stray marks and OCR slips in
	 * "SDN BHD".
	 */
	private static String name(String line) {
		String name = withoutRegistration(clean(line));
		name = STRAY_EDGES.matcher(name).replaceAll("").strip();
		// what follows "SDN BHD" or "S/B" on the same line is a branch or code, not the
		// name
		Matcher legal = LEGAL_END.matcher(name);
		name = legal.find() ? name.substring(0, legal.end()) : name;
		return OCR_SDN.matcher(name).replaceAll("SDN$1");
	}

	private static double score(List<String> lines, int index) {
		String original = clean(lines.get(index));
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
		String next = (index + 1 < lines.size()) ? clean(lines.get(index + 1)).toUpperCase(Locale.ROOT) : "";
		String[] words = line.split("\\s+");
		long longWords = Arrays.stream(words).filter((word) -> word.length() >= 3).count();
		double score = 2.0 * capitals / letters + Math.min(3, longWords) * 0.5;
		score += BUSINESS.matcher(upper).find() ? 2 : 0;
		score += (registered || REGISTRATION.matcher(next).find() || LEGAL_SUFFIX.matcher(next).matches()) ? 2 : 0;
		score -= (longWords * 2 < words.length) ? 1.5 : 0;
		return Math.max(0, score - 0.25 * index);
	}

	/** The line without the noise OCR puts around it (stray marks, frame lines). */
	static String clean(String line) {
		return line.replaceAll("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N}).]+$", "").replaceAll("\\s+", " ").strip();
	}

	private static String withoutRegistration(String line) {
		return REGISTRATION.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

}
