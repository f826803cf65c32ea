package io.expensync.receipts.ocr;

import java.util.Locale;

/**
 * The spaces of one reading of a line put into another reading of it. PP-OCR reads the
 * characters of a name better than Tesseract but often runs its words together
 * ({@code PINGHWAITRADING}); Tesseract, reading the same box, mostly gets the words'
 * spaces right. When the two agree on the characters (ignoring case and spaces, up to a
 * few slips), PP-OCR's characters are kept with Tesseract's spaces; a mark that only
 * Tesseract reads between two of them ({@code PAPAN'YEW} for {@code PAPANYEW}) parts them
 * too.
 */
public final class Respacing {

	/** The share of characters the two readings may differ in. */
	static final double MOST_DIFFERENT = 0.25;

	private Respacing() {
	}

	/**
	 * {@code characters} spaced as {@code spaced} is, or {@code characters} as it is when
	 * the two are too different to tell.
	 */
	public static String respace(String characters, String spaced) {
		String a = characters.replaceAll("\\s+", "");
		StringBuilder letters = new StringBuilder();
		boolean[] spaceBefore = new boolean[spaced.length() + 1];
		boolean pending = false;
		for (int i = 0; i < spaced.length(); i++) {
			char c = spaced.charAt(i);
			if (Character.isWhitespace(c)) {
				pending = letters.length() > 0;
				continue;
			}
			spaceBefore[letters.length()] = pending;
			pending = false;
			letters.append(c);
		}
		String b = letters.toString();
		if (a.isEmpty() || b.isEmpty()) {
			return characters;
		}
		String upperA = a.toUpperCase(Locale.ROOT);
		String upperB = b.toUpperCase(Locale.ROOT);
		int[][] cost = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			cost[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			cost[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int change = (upperA.charAt(i - 1) == upperB.charAt(j - 1)) ? 0 : 1;
				cost[i][j] = Math.min(cost[i - 1][j - 1] + change, Math.min(cost[i - 1][j], cost[i][j - 1]) + 1);
			}
		}
		if (cost[a.length()][b.length()] > Math.max(1, MOST_DIFFERENT * a.length())) {
			return characters;
		}
		// back through the alignment: a space goes before a character of a that lines up
		// with a character of b after a space
		boolean[] spaceBeforeA = new boolean[a.length()];
		int i = a.length();
		int j = b.length();
		while (i > 0 && j > 0) {
			int change = (upperA.charAt(i - 1) == upperB.charAt(j - 1)) ? 0 : 1;
			if (cost[i][j] == cost[i - 1][j - 1] + change) {
				spaceBeforeA[i - 1] = spaceBefore[j - 1];
				i--;
				j--;
			}
			else if (cost[i][j] == cost[i - 1][j] + 1) {
				i--;
			}
			else {
				// a mark that only the spaced reading has, between two characters
				// ("PAPAN'YEW" for "PAPANYEW"): where the words meet
				if (i > 0 && i < a.length() && !Character.isLetterOrDigit(b.charAt(j - 1))) {
					spaceBeforeA[i] = true;
				}
				j--;
			}
		}
		StringBuilder result = new StringBuilder();
		for (int k = 0; k < a.length(); k++) {
			if (k > 0 && spaceBeforeA[k]) {
				result.append(' ');
			}
			result.append(a.charAt(k));
		}
		return result.toString();
	}

}
