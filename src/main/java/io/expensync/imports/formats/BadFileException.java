package io.expensync.imports.formats;

/**
 * A statement file that cannot be read, with the line where reading stopped and what is
 * wrong there, in words for the person who uploaded it.
 */
public class BadFileException extends RuntimeException {

	private final int line;

	private final String problem;

	/**
	 * @param line the 1-based line of the file, or 0 when the problem is the file as a
	 * whole
	 * @param problem what is wrong, as a sentence
	 */
	public BadFileException(int line, String problem) {
		super((line > 0) ? "Line " + line + ": " + problem : problem);
		this.line = line;
		this.problem = problem;
	}

	public int line() {
		return this.line;
	}

	public String problem() {
		return this.problem;
	}

}
