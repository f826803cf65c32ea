package io.expensync.imports.formats;

import java.io.StringReader;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads ISO 20022 cash-management files: camt.052 account reports, camt.053 statements
 * and camt.054 debit/credit notifications, in any version (elements are matched by their
 * local names, whatever the namespace). Each {@code Rpt}, {@code Stmt} or {@code Ntfctn}
 * becomes one {@link Statement}, and each booked {@code Ntry} one row. The file streams:
 * only one entry at a time is held as a tree. A document type declaration is refused, so
 * no entity is ever expanded or fetched.
 */
public final class CamtReader {

	private static final int MAX_DEPTH = 100;

	/**
	 * Reads every report, statement or notification in the file.
	 * @param text the whole file, decoded
	 * @param limits the most rows, and the longest text of one element (CAMT files often
	 * come on one line, so that is what the line limit applies to)
	 * @return the statements, and warnings about entries that were not read
	 * @throws BadFileException when the file is not well-formed XML, declares a document
	 * type, holds no camt.052/053/054 statement, or has an entry without a readable date,
	 * amount or credit/debit indicator
	 */
	public Result read(String text, ReadLimits limits) {
		XMLStreamReader xml = null;
		try {
			xml = factory().createXMLStreamReader(new StringReader(withoutLeadingDeclaration(text)));
			return new CamtStream(xml, limits).result();
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNumber(), 0) : 0;
			throw new BadFileException(line, "the file is not well-formed XML: " + plain(ex));
		}
		finally {
			close(xml);
		}
	}

	/**
	 * The parser's own words, without its position (the line says it) or message code.
	 */
	private static String plain(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int words = message.indexOf("Message: ");
		return ((words >= 0) ? message.substring(words + 9) : message).replaceFirst("^JAXP\\d+: ", "");
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		// CAMT nests about 15 deep; the JDK's own default has changed between versions
		factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
		return factory;
	}

	/**
	 * A byte order mark, or white space before the XML declaration, makes the parser
	 * refuse the file. The declaration only names an encoding, which decoded text no
	 * longer needs, so it is blanked out; its line breaks stay, and so do line numbers.
	 */
	private static String withoutLeadingDeclaration(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int start = 0;
		while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
			start++;
		}
		int end = body.indexOf("?>", start);
		if (start == 0 || !body.startsWith("<?xml", start) || end < 0) {
			return body;
		}
		return body.substring(0, start) + body.substring(start, end + 2).replaceAll("[^\\r\\n]", " ")
				+ body.substring(end + 2);
	}

	private static void close(@Nullable XMLStreamReader xml) {
		try {
			if (xml != null) {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			// nothing was open beyond the string being read
		}
	}

	/**
	 * What a CAMT file holds.
	 *
	 * @param statements the reports, statements or notifications, in the file's order
	 * @param unbookedEntries the entries skipped because the bank has not booked them
	 * ({@code Sts} pending, information only or future)
	 * @param warnings sentences for the person importing, one for each kind of entry
	 * skipped
	 */
	public record Result(List<Statement> statements, int unbookedEntries, List<String> warnings) {

		public Result {
			statements = List.copyOf(statements);
			warnings = List.copyOf(warnings);
		}

	}

}
