package io.expensync.imports.formats;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One transaction record of a QIF file as written: its lines, not yet read as dates or
 * amounts.
 *
 * @param line the line where the record starts
 * @param fields the record's lines, each a one-letter code and its value
 * @param terminated whether a {@code ^} line ends the record; only the file's last record
 * (or one cut off by a header) may lack it
 */
record QifRecord(int line, List<Field> fields, boolean terminated) {

	QifRecord {
		fields = List.copyOf(fields);
	}

	/**
	 * The record's own date: its first {@code D} line before any split line. A later one
	 * is a split's date, which some programs write.
	 */
	@Nullable Field date() {
		for (Field field : this.fields) {
			if (field.isSplit()) {
				return null;
			}
			if (field.code() == 'D') {
				return field;
			}
		}
		return null;
	}

	/**
	 * One line of a record.
	 *
	 * @param code the line's first character ({@code D}, {@code T}, {@code P}...)
	 * @param value the rest of the line, without surrounding spaces
	 * @param line the line's number
	 */
	record Field(char code, String value, int line) {

		boolean isSplit() {
			return this.code == 'S' || this.code == 'E' || this.code == '$';
		}

		boolean isAmount() {
			return this.code == 'T' || this.code == 'U' || this.code == '$';
		}

	}

}
