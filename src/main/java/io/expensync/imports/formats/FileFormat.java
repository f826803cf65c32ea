package io.expensync.imports.formats;

/**
 * The kinds of statement file ExpenSync reads, found from a file's content, never its
 * name.
 */
public enum FileFormat {

	/** Open Financial Exchange, 1.x (SGML) and 2.x (XML); QFX is OFX. */
	OFX,

	/** Quicken Interchange Format. */
	QIF,

	/** ISO 20022 cash management: camt.052, camt.053 and camt.054. */
	CAMT,

	/** Comma- or semicolon-separated values, in any bank's layout. */
	CSV

}
