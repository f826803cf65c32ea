package io.expensync.receipts;

import java.util.List;
import java.util.Locale;
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

	private static final Pattern JUNK = Pattern.compile("INVOICE|RECEIPT|\\bTEL\\b|\\bTEL[:.]|FAX|PHONE|\\bH/?P\\b"
			+ "|\\bG\\.?S\\.?T\\b|\\bREG\\b|\\bREG\\.|\\bCO\\.?\\s*NO|\\bROC\\b|WELCOME|\\bDATE\\b|\\bTIME\\b|CASHIER"
			+ "|WWW|HTTP|@|\\.COM\\b|\\bJALAN\\b|\\bJLN\\b|\\bTAMAN\\b|\\bLORONG\\b|\\bROAD\\b|\\bSTREET\\b|\\bAVENUE\\b"
			+ "|\\bLOT\\b|\\bNO\\s*[.:]|\\bBLOCK\\b|\\bBLK\\b|\\bFLOOR\\b|\\bSUITE\\b|\\d{5}|\\bTHANK|\\bORDER\\b|\\bTABLE\\b");

	private static final Pattern REGISTRATION = Pattern.compile("\\(?\\s*[A-Z]{0,3}\\d{4,}\\s*-\\s*[A-Z]\\s*\\)?");

	private static final Pattern BUSINESS = Pattern
		.compile("\\bSDN\\b|\\bBHD\\b|\\bS/B\\b|ENTERPRISE|TRADING|RESTAURANT"
				+ "|RESTORAN|\\bSTORES?\\b|\\bMART\\b|\\bSHOP\\b|\\bLTD\\b|LIMITED|\\bINC\\b|\\bLLC\\b|GMBH|\\bCORP|COMPANY"
				+ "|MARKET|HARDWARE|STATIONERY|BAKERY|\\bCAFE|PHARMACY|KEDAI|PERNIAGAAN|PASAR|HOLDINGS|INDUSTRIES|\\bGROUP\\b"
				+ "|TRADERS?\\b|SERVICES?\\b|CENTRE|CENTER|\\bFOODS?\\b|\\bKITCHEN|\\bBOOKS|SUPPLIES|STATION\\b|ELECTRICAL");

	private static final Pattern LEGAL_SUFFIX = Pattern
		.compile("^(\\(M\\)\\s*)?(SDN\\.?\\s*BHD\\.?|S/B|BHD\\.?|LTD\\.?|LIMITED|INC\\.?|GMBH|LLC)$");

	private ReceiptMerchants() {
	}

	static @Nullable ExtractedField<String> find(List<String> lines) {
		int limit = Math.min(LINES_TO_LOOK_AT, lines.size());
		int bestIndex = -1;
		double bestScore = 0;
		for (int index = 0; index < limit; index++) {
			String next = (index + 1 < lines.size()) ? lines.get(index + 1) : "";
			double score = score(clean(lines.get(index)), clean(next).toUpperCase(Locale.ROOT), index);
			if (score > bestScore) {
				bestScore = score;
				bestIndex = index;
			}
		}
		if (bestIndex < 0) {
			return null;
		}
		String name = withoutRegistration(clean(lines.get(bestIndex)));
		if (bestIndex + 1 < lines.size()) {
			String next = withoutRegistration(clean(lines.get(bestIndex + 1)));
			if (LEGAL_SUFFIX.matcher(next.toUpperCase(Locale.ROOT)).matches()) {
				name = name + " " + next;
			}
		}
		return ExtractedField.of(name, Math.min(0.9, 0.2 + 0.1 * bestScore));
	}

	private static double score(String line, String nextUpperCase, int index) {
		String upper = line.toUpperCase(Locale.ROOT);
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
		if (letters < 3 || letters < 2 * others || JUNK.matcher(upper).find()
				|| REGISTRATION.matcher(upper).replaceAll("").isBlank()) {
			return 0;
		}
		String[] words = upper.split("\\s+");
		long longWords = java.util.Arrays.stream(words).filter((word) -> word.length() >= 3).count();
		double score = 2.0 * capitals / letters + Math.min(3, longWords) * 0.5;
		score += BUSINESS.matcher(upper).find() ? 2 : 0;
		score += REGISTRATION.matcher(nextUpperCase).find() || LEGAL_SUFFIX.matcher(nextUpperCase).matches() ? 2 : 0;
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
