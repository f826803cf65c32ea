package io.expensync.imports.formats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Builds the element tree of an OFX file, 1.x (SGML) or 2.x (XML) alike. OFX 1.x leaves
 * out the end tags of elements that hold a value ({@code <TRNAMT>-6.60<FITID>1}), and
 * some 2.x files do too, so one lenient rule reads both: an element that holds a value
 * ends where the next tag starts, unless that tag is its own end tag. An element without
 * a value that is never closed (an empty {@code <CURDEF>} in SGML) ends where its parent
 * ends, and the elements read inside it move up to its parent. Header lines, the XML
 * prolog, processing instructions, comments and declarations are skipped; declarations
 * are never resolved.
 */
final class OfxTree {

	/** The elements a truncated file is named by, innermost first. */
	private static final Set<String> NAMED_WHEN_OPEN = Set.of("STMTTRN", "STMTRS", "CCSTMTRS", "INVSTMTRS");

	/**
	 * OFX nests about 10 deep, a few more where SGML leaves empty elements open. Far
	 * deeper is a file made to exhaust the reader: every open element may have to hand
	 * its children up.
	 */
	private static final int MAX_DEPTH = 100;

	private final String text;

	private final ReadLimits limits;

	private final Deque<Element> open = new ArrayDeque<>();

	private final StringBuilder value = new StringBuilder();

	private int position;

	private int line = 1;

	private int valueLine = 1;

	private @Nullable Element root;

	private OfxTree(String text, ReadLimits limits) {
		this.text = text;
		this.limits = limits;
	}

	/**
	 * @return the {@code OFX} element, with everything inside it
	 * @throws BadFileException when the file has no {@code OFX} element or ends before it
	 * is closed
	 */
	static Element read(String text, ReadLimits limits) {
		return new OfxTree(text, limits).read();
	}

	private Element read() {
		while (this.position < this.text.length() && !rootClosed()) {
			int tag = nextTagStart(this.position);
			readValue(tag);
			if (tag < this.text.length()) {
				readMarkup(tag);
			}
		}
		endOfFile();
		if (this.root == null) {
			throw new BadFileException(0, "there is no <OFX> element: this is not an OFX file");
		}
		return this.root;
	}

	private boolean rootClosed() {
		return this.root != null && this.open.isEmpty();
	}

	/** Where the next tag starts: a {@code <} that is followed by a name, /, ! or ?. */
	private int nextTagStart(int from) {
		int at = this.text.indexOf('<', from);
		while (at >= 0 && at + 1 < this.text.length()) {
			char next = this.text.charAt(at + 1);
			if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
				return at;
			}
			at = this.text.indexOf('<', at + 1);
		}
		return this.text.length();
	}

	private void readValue(int end) {
		if (end > this.position) {
			if (this.value.isEmpty()) {
				this.valueLine = this.line;
			}
			this.value.append(OfxEntities.decode(this.text.substring(this.position, end)));
			moveTo(end);
		}
	}

	private void readMarkup(int start) {
		if (this.text.startsWith("<![CDATA[", start)) {
			int end = closing(start, "]]>");
			if (this.value.isEmpty()) {
				this.valueLine = this.line;
			}
			this.value.append(this.text, start + 9, end);
			moveTo(end + 3);
		}
		else if (this.text.startsWith("<!--", start)) {
			moveTo(closing(start, "-->") + 3);
		}
		else if (this.text.startsWith("<?", start) || this.text.startsWith("<!", start)) {
			moveTo(closing(start, ">") + 1);
		}
		else {
			int end = closing(start, ">");
			String tag = this.text.substring(start + 1, end).strip();
			int tagLine = this.line;
			moveTo(end + 1);
			endValue();
			if (tag.startsWith("/")) {
				close(name(tag.substring(1)));
			}
			else {
				start(name(tag), tagLine);
				if (tag.endsWith("/")) {
					close(name(tag));
				}
			}
		}
	}

	private int closing(int start, String end) {
		int at = this.text.indexOf(end, start);
		if (at < 0) {
			int tagLine = this.line;
			moveTo(this.text.length());
			throw new BadFileException(this.line,
					"the file ends inside a tag that starts on line " + tagLine + ": it seems cut off");
		}
		return at;
	}

	/** The tag's name, up to a blank or a slash, in capitals. */
	private static String name(String tag) {
		int end = 0;
		while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '/') {
			end++;
		}
		return tag.substring(0, end).toUpperCase(Locale.ROOT);
	}

	/** Gives the pending text to the innermost open element, if that one takes it. */
	private void endValue() {
		String pending = this.value.toString().strip();
		this.value.setLength(0);
		Element current = this.open.peek();
		// text between aggregates (and header lines before <OFX>) is not a value
		if (!pending.isEmpty() && current != null && current.children().isEmpty()) {
			this.limits.checkLine(pending.length(), this.valueLine);
			current.appendText(pending);
		}
	}

	private void start(String name, int tagLine) {
		Element current = this.open.peek();
		if (current != null && current.hasText()) {
			this.open.pop();
		}
		Element element = new Element(name, tagLine);
		Element parent = this.open.peek();
		if (parent != null) {
			parent.add(element);
		}
		else if (this.root == null && name.equals("OFX")) {
			this.root = element;
		}
		else {
			return; // markup outside <OFX> is not read
		}
		this.open.push(element);
		if (this.open.size() > MAX_DEPTH) {
			throw new BadFileException(tagLine,
					"elements nest more than " + MAX_DEPTH + " deep here; this is not a bank statement");
		}
	}

	private void close(String name) {
		if (this.open.stream().noneMatch((element) -> element.name().equals(name))) {
			return; // an end tag without its start tag closes nothing
		}
		while (!this.open.peek().name().equals(name)) {
			closeImplicitly(this.open.pop());
		}
		this.open.pop();
	}

	/**
	 * An element closed by its parent's end tag gives the elements inside it to the
	 * parent.
	 */
	private void closeImplicitly(Element element) {
		if (!element.children().isEmpty() && !element.hasText()) {
			Element parent = this.open.peek();
			List<Element> moved = List.copyOf(element.children());
			element.children().clear();
			moved.forEach(parent::add);
		}
	}

	private void endOfFile() {
		endValue();
		Element innermost = null;
		for (Element element : this.open) {
			if (NAMED_WHEN_OPEN.contains(element.name())) {
				innermost = element;
				break;
			}
		}
		if (innermost == null && !this.open.isEmpty()) {
			innermost = this.open.getLast();
		}
		if (innermost != null) {
			throw new BadFileException(this.line, "the file ends before <" + innermost.name() + "> from line "
					+ innermost.line() + " is closed: it seems cut off");
		}
	}

	/** Moves on to {@code end}, counting line breaks (LF, CRLF or a lone CR). */
	private void moveTo(int end) {
		for (int i = this.position; i < end; i++) {
			char c = this.text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= this.text.length() || this.text.charAt(i + 1) != '\n'))) {
				this.line++;
			}
		}
		this.position = end;
	}

}
