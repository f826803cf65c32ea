package io.expensync.receipts.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.expensync.receipts.ocr.OcrLine;

/**
 * Puts right a word of the merchant's name that OCR misread, from the same word printed
 * again in the receipt's heading. A shop's name often names its place ("AIK HUAT HARDWARE
 * ENTERPRISE (SETIA ALAM)", "FUN N CHEER (MALURI)") and the address below prints that
 * place again ("SETIA ALAM", "TAMAN BUKIT MALURI"), often in a plainer type. A word of
 * the name that the heading does not print, one letter away from a word that it does (or
 * that word after a letter OCR reads for an opening bracket: "ISETIA"), becomes that word
 * when OCR was surer of the row that word is on than of the name's rows.
 */
final class NameSpellings {

	/** How many rows from the top are the heading: the name, the address, the numbers. */
	static final int HEADING_ROWS = 15;

	/** The shortest word that is put right. */
	private static final int SHORTEST = 4;

	/** The letters OCR reads for an opening bracket at the start of a word. */
	private static final String BRACKET_AS_LETTER = "CIJLT";

	private static final Pattern WORD = Pattern.compile("\\p{L}{" + SHORTEST + ",}");

	private NameSpellings() {
	}

	/**
	 * The name read from the rows of {@code span}, each of its words in capitals spelt as
	 * the rest of the heading spells it, where that is surer.
	 */
	static String corrected(String name, List<OcrLine> rows, MerchantLines.Span span) {
		Map<String, Double> heading = new HashMap<>();
		for (int index = 0; index < Math.min(HEADING_ROWS, rows.size()); index++) {
			if (index < span.first() || index > span.last()) {
				Matcher word = WORD.matcher(rows.get(index).text());
				while (word.find()) {
					heading.merge(word.group().toUpperCase(Locale.ROOT), rows.get(index).confidence(), Math::max);
				}
			}
		}
		double nameConfidence = 1;
		for (int index = span.first(); index <= span.last(); index++) {
			nameConfidence = Math.min(nameConfidence, rows.get(index).confidence());
		}
		StringBuilder corrected = new StringBuilder();
		Matcher word = WORD.matcher(name);
		int at = 0;
		while (word.find()) {
			corrected.append(name, at, word.start()).append(spelling(word.group(), heading, nameConfidence));
			at = word.end();
		}
		return corrected.append(name.substring(at)).toString();
	}

	/**
	 * The only word of the heading one letter away from this one (a letter read wrong,
	 * one missed, or an opening bracket read as a letter in front of it), read with more
	 * confidence than the name; the word itself when the heading prints it, when it is a
	 * known word, or when there is no such word or more than one.
	 */
	private static String spelling(String word, Map<String, Double> heading, double nameConfidence) {
		if (!word.equals(word.toUpperCase(Locale.ROOT)) || heading.containsKey(word) || PrintedNames.knownWord(word)) {
			return word;
		}
		String spelling = null;
		for (Map.Entry<String, Double> other : heading.entrySet()) {
			if (other.getValue() > nameConfidence
					&& (oneLetterMissedOrWrong(word, other.getKey()) || bracketReadInFront(word, other.getKey()))) {
				if (spelling != null) {
					return word;
				}
				spelling = other.getKey();
			}
		}
		return (spelling != null) ? spelling : word;
	}

	/**
	 * Whether {@code read} is {@code other} after a letter that OCR reads for an opening
	 * bracket ("ISETIA" or "TSETIA" for "(SETIA").
	 */
	static boolean bracketReadInFront(String read, String other) {
		return read.length() == other.length() + 1 && BRACKET_AS_LETTER.indexOf(read.charAt(0)) >= 0
				&& read.endsWith(other);
	}

	/**
	 * Whether {@code read} is {@code other} with one letter read wrong, or with one
	 * letter missed other than the first: OCR drops narrow letters ("MALUR" for
	 * "MALURI"), while a letter more in front is more often a mark read as one ("CSETIA"
	 * for "(SETIA").
	 */
	static boolean oneLetterMissedOrWrong(String read, String other) {
		if (other.length() == read.length()) {
			return TextEdits.distance(read, other) == 1;
		}
		return other.length() == read.length() + 1 && other.startsWith(read.substring(0, 1))
				&& TextEdits.distance(read, other) == 1;
	}

}
