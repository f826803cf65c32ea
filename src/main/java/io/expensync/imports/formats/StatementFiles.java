package io.expensync.imports.formats;

import java.nio.charset.Charset;
import java.util.List;

import io.expensync.imports.formats.csv.CsvMapping;
import io.expensync.imports.formats.csv.CsvReader;
import io.expensync.imports.formats.csv.CsvResult;

import org.jspecify.annotations.Nullable;

/**
 * Reads any statement file: the encoding and the format from its content, then the
 * format's reader; a CSV file by the mapping given, or by one proposed from its columns.
 */
public final class StatementFiles {

	private StatementFiles() {
	}

	/**
	 * A statement file read.
	 *
	 * @param format the format found
	 * @param encoding the text encoding found
	 * @param statements one or more, each with its rows
	 * @param mapping the CSV mapping used; null for the other formats
	 * @param warnings what was left out or guessed, for the preview
	 */
	public record Read(FileFormat format, Charset encoding, List<Statement> statements, @Nullable CsvMapping mapping,
			List<String> warnings) {

		public Read {
			statements = List.copyOf(statements);
			warnings = List.copyOf(warnings);
		}

	}

	/**
	 * @param content the file's bytes
	 * @param mapping how to read a CSV file; null to propose one (ignored for the other
	 * formats)
	 * @throws BadFileException naming the line and what is wrong there
	 */
	public static Read read(byte[] content, @Nullable CsvMapping mapping, ReadLimits limits) {
		StatementText decoded = StatementText.decode(content);
		String text = decoded.text();
		Charset encoding = decoded.encoding();
		FileFormat format = FormatDetection.detect(text);
		return switch (format) {
			case OFX -> new Read(format, encoding, new OfxReader().read(text, limits), null, List.of());
			case QIF -> {
				QifReader.Result qif = new QifReader().read(text, limits);
				yield new Read(format, encoding, qif.statements(), null, qif.warnings());
			}
			case CAMT -> {
				CamtReader.Result camt = new CamtReader().read(text, limits);
				yield new Read(format, encoding, camt.statements(), null, camt.warnings());
			}
			case CSV -> {
				CsvMapping used = (mapping != null) ? mapping : CsvReader.propose(text, limits);
				CsvResult csv = CsvReader.read(text, used, limits);
				yield new Read(format, encoding, List.of(csv.statement()), used, csv.warnings());
			}
		};
	}

}
