package io.expensync.imports.formats.csv;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.ReadLimits;

/**
 * Splits CSV text into records, one at a time. CR, LF and CRLF each end a line, so files
 * that mix them (Rabobank writes CR CR LF) read as written. A quote opens a quoted cell
 * only at the start of a cell; elsewhere it is kept as text, because real exports carry
 * stray quotes (a Rabobank row lacks its first opening quote) that a strict reader would
 * turn into one huge cell.
 */
final class CsvTokenizer implements Iterator<CsvRecord> {

	private final String text;

	private final char delimiter;

	/** The quote character, or 0 when the file does not quote. */
	private final char quote;

	private final ReadLimits limits;

	private int position;

	private int line = 1;

	private int lineStart;

	CsvTokenizer(String text, char delimiter, char quote, ReadLimits limits) {
		this.text = text;
		this.delimiter = delimiter;
		this.quote = quote;
		this.limits = limits;
	}

	static List<CsvRecord> first(String text, char delimiter, char quote, ReadLimits limits, int count) {
		List<CsvRecord> records = new ArrayList<>();
		CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter, quote, limits);
		while (tokenizer.hasNext() && records.size() < count) {
			records.add(tokenizer.next());
		}
		return records;
	}

	@Override
	public boolean hasNext() {
		return this.position < this.text.length();
	}

	@Override
	public CsvRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		int startLine = this.line;
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int quoteLine = 0;
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position);
			checkLineLength();
			if (quoted) {
				if (c == this.quote) {
					if (at(this.position + 1) == this.quote) {
						cell.append(c);
						this.position += 2;
					}
					else {
						quoted = false;
						this.position++;
					}
				}
				else if (c == '\r' || c == '\n') {
					cell.append('\n');
					endLine(c);
				}
				else {
					cell.append(c);
					this.position++;
				}
			}
			else if (c == this.delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
				this.position++;
			}
			else if (c == '\r' || c == '\n') {
				endLine(c);
				break;
			}
			else if (c == this.quote && this.quote != 0 && cell.toString().isBlank()) {
				// spaces before an opening quote are padding, not text
				cell.setLength(0);
				quoted = true;
				quoteLine = this.line;
				this.position++;
			}
			else {
				cell.append(c);
				this.position++;
			}
		}
		if (quoted) {
			throw new BadFileException(quoteLine, "a quote opened on this line is never closed");
		}
		checkLineLength();
		cells.add(cell.toString());
		return new CsvRecord(startLine, cells);
	}

	private char at(int index) {
		return (index < this.text.length()) ? this.text.charAt(index) : 0;
	}

	private void endLine(char c) {
		this.position += (c == '\r' && at(this.position + 1) == '\n') ? 2 : 1;
		this.line++;
		this.lineStart = this.position;
	}

	private void checkLineLength() {
		int length = this.position - this.lineStart;
		if (length > this.limits.maxLineChars()) {
			this.limits.checkLine(length, this.line);
		}
	}

}
