package io.expensync.imports.formats;

/**
 * How much of a statement file ExpenSync reads before it refuses the file: enough for
 * years of a household's history, little enough that a wrong or hostile file cannot fill
 * the memory.
 *
 * @param maxRows the most rows in one file, over all its statements
 * @param maxLineChars the longest line (or XML text node) read
 */
public record ReadLimits(int maxRows, int maxLineChars) {

	/** 200,000 rows, lines up to 10,000 characters. */
	public static final ReadLimits DEFAULT = new ReadLimits(200_000, 10_000);

	/**
	 * Refuses the file once it holds more rows than allowed.
	 * @param rows the rows read so far
	 * @param line the line being read
	 */
	public void checkRows(int rows, int line) {
		if (rows > this.maxRows) {
			throw new BadFileException(line, "the file holds more than " + this.maxRows
					+ " rows; split it into several files (a year each, say)");
		}
	}

	/**
	 * Refuses a line longer than allowed.
	 * @param length the line's length in characters
	 * @param line the line's number
	 */
	public void checkLine(int length, int line) {
		if (length > this.maxLineChars) {
			throw new BadFileException(line,
					"the line is longer than " + this.maxLineChars + " characters; this is not a bank statement");
		}
	}

}
