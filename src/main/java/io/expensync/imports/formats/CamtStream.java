package io.expensync.imports.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * One pass over one CAMT file's XML events. Only the parts of a statement that are read
 * ({@code Acct}, {@code Bal}, {@code Ntry}) become trees, one at a time; the rest streams
 * past.
 */
final class CamtStream {

	private static final Set<String> MESSAGES = Set.of("BkToCstmrAcctRpt", "BkToCstmrStmt", "BkToCstmrDbtCdtNtfctn");

	private static final Set<String> STATEMENTS = Set.of("Rpt", "Stmt", "Ntfctn");

	/** The parts of a statement that are read; the others are skipped unread. */
	private static final Set<String> READ = Set.of("Acct", "Bal", "Ntry");

	private final XMLStreamReader xml;

	private final ReadLimits limits;

	private final List<Statement> statements = new ArrayList<>();

	private final Map<String, Integer> unbooked = new LinkedHashMap<>();

	private int rows;

	private @Nullable String root;

	CamtStream(XMLStreamReader xml, ReadLimits limits) {
		this.xml = xml;
		this.limits = limits;
	}

	CamtReader.Result result() throws XMLStreamException {
		Deque<String> path = new ArrayDeque<>();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new BadFileException(line(), "the file declares a document type (DOCTYPE), "
						+ "which bank statements never do; ExpenSync does not read such files");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.xml.getLocalName();
				if (this.root == null) {
					this.root = name;
				}
				if (STATEMENTS.contains(name) && !path.isEmpty() && MESSAGES.contains(path.peek())) {
					this.statements.add(statement());
				}
				else {
					path.push(name);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				path.pop();
			}
			else {
				checkText(event);
			}
		}
		if (this.statements.isEmpty()) {
			throw new BadFileException(0, "the file holds no camt.052 report, camt.053 statement or camt.054 "
					+ "notification" + ((this.root != null) ? " (its root element is <" + this.root + ">)" : ""));
		}
		int skipped = this.unbooked.values().stream().mapToInt(Integer::intValue).sum();
		return new CamtReader.Result(this.statements, skipped, warnings());
	}

	/** Reads one statement, from its start tag to its end tag. */
	private Statement statement() throws XMLStreamException {
		CamtStatement statement = new CamtStatement();
		while (this.xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			String name = this.xml.getLocalName();
			if (READ.contains(name)) {
				Element element = element();
				if (name.equals("Ntry")) {
					entry(statement, element);
				}
				else {
					statement.add(element);
				}
			}
			else {
				skip();
			}
		}
		return statement.toStatement();
	}

	private void entry(CamtStatement statement, Element entry) {
		statement.sawEntry(entry);
		String status = CamtEntry.status(entry);
		if (status != null && !status.equals("BOOK")) {
			this.unbooked.merge(status, 1, Integer::sum);
			return;
		}
		this.limits.checkRows(++this.rows, entry.line());
		statement.add(CamtEntry.row(entry, statement.currency()));
	}

	/**
	 * Builds the tree of the element that starts here; a stack, as files may nest deep.
	 */
	private Element element() throws XMLStreamException {
		Deque<Element> open = new ArrayDeque<>();
		Element top = start();
		open.push(top);
		while (!open.isEmpty()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				Element child = start();
				open.peek().add(child);
				open.push(child);
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				open.pop();
			}
			else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
					&& !this.xml.isWhiteSpace()) {
				open.peek().appendText(this.xml.getText());
				this.limits.checkLine(open.peek().textLength(), line());
			}
		}
		return top;
	}

	private Element start() {
		Element element = new Element(this.xml.getLocalName(), line());
		for (int i = 0; i < this.xml.getAttributeCount(); i++) {
			element.putAttribute(this.xml.getAttributeLocalName(i), this.xml.getAttributeValue(i));
		}
		return element;
	}

	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else {
				checkText(event);
			}
		}
	}

	private void checkText(int event) {
		if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
			this.limits.checkLine(this.xml.getTextLength(), line());
		}
	}

	private int line() {
		return Math.max(this.xml.getLocation().getLineNumber(), 0);
	}

	private List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		this.unbooked.forEach((status,
				count) -> warnings.add("Skipped " + count + ((count == 1) ? " entry" : " entries") + " with status "
						+ status + " (" + CamtEntry.statusName(status) + "): the bank has not booked "
						+ ((count == 1) ? "it" : "them") + "."));
		return warnings;
	}

}
