package io.expensync.rules;

/**
 * A text that a regular expression may read only so many characters of: each
 * {@link #charAt} counts, and past the budget the match is stopped with
 * {@link Exhausted}. A pattern that backtracks without end ({@code (a+)+$}) reads the
 * same characters over and over, so its run time is bounded by the budget, whatever the
 * pattern.
 */
final class BoundedText implements CharSequence {

	/**
	 * Enough for any sane pattern on a transaction's texts, a few milliseconds of work.
	 */
	static final int BUDGET = 200_000;

	private final String text;

	private final int[] reads;

	private final int budget;

	BoundedText(String text, int budget) {
		this(text, new int[1], budget);
	}

	private BoundedText(String text, int[] reads, int budget) {
		this.text = text;
		this.reads = reads;
		this.budget = budget;
	}

	@Override
	public char charAt(int index) {
		if (++reads[0] > budget) {
			throw new Exhausted();
		}
		return text.charAt(index);
	}

	@Override
	public int length() {
		return text.length();
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return new BoundedText(text.substring(start, end), reads, budget);
	}

	@Override
	public String toString() {
		return text;
	}

	/** The match read more characters than its budget allows. */
	static final class Exhausted extends RuntimeException {

		Exhausted() {
			super("The regular expression ran out of its budget", null, false, false);
		}

	}

}
