package io.expensync.receipts.extraction;

/**
 * How far apart two texts are: the Levenshtein distance, the fewest characters to add,
 * drop or change to turn one into the other. The merchant model labels its training runs
 * with it, and the OCR benchmark scores engines with it.
 */
public final class TextEdits {

	private TextEdits() {
	}

	public static int distance(String one, String other) {
		int[] previous = new int[other.length() + 1];
		int[] current = new int[other.length() + 1];
		for (int j = 0; j <= other.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= one.length(); i++) {
			current[0] = i;
			char c = one.charAt(i - 1);
			for (int j = 1; j <= other.length(); j++) {
				int change = previous[j - 1] + ((c == other.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[other.length()];
	}

}
