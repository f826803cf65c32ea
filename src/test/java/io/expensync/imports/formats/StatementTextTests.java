package io.expensync.imports.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The encoding of each real bank export, found from its bytes, and a word from the file
 * that only reads right in that encoding.
 */
class StatementTextTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			csv/bank2ynab-CSV_A_20180414_112204.csv                     | ISO-8859-1   | initiërende
			csv/bank2ynab-umsatz-1234________1234-20180227.CSV          | ISO-8859-1   | Gebührenschlüssel
			csv/csv2ofx-gls.csv                                         | ISO-8859-1   | Empfänger
			csv/bank2ynab-Movements_1234512345_201805271848.csv         | windows-1250 | Původní částka a měna
			csv/bank2ynab-20171001-20171106.csv                         | UTF-8        | Fremdwährung
			csv/bank2ynab-Umsaetze_KtoNr538917600_EUR_02-03-2018_1503.CSV | UTF-8      | Währung
			csv/bank2ynab-W80844_EBH_201945.202122.csv                  | UTF-8        | Közlemény
			csv/csv2ofx-ingesp.csv                                      | UTF-8        | Devolución
			csv/csv2ofx-ubs-ch-fr_trimmed.csv                           | UTF-8        | SàrL
			csv/bank2ynab-MS_JANE_SMITH_01-12-2019_14-12-2019.csv       | UTF-8        | £18
			qif/csv2ofx-ubs-ch-fr.qif                                   | UTF-8        | intérieur
			ofx/ofxparse-checking.ofx                                   | UTF-8        | <OFX>
			camt/genkgo-camt-camt053.v8.xml                             | UTF-8        | BkToCstmrStmt
			""")
	void findsTheEncodingFromTheBytes(String file, String encoding, String word) {
		StatementText decoded = StatementText.decode(BankFiles.bytes(file));
		assertThat(decoded.encoding()).isEqualTo(Charset.forName(encoding));
		assertThat(decoded.text()).contains(word).doesNotContain("\uFFFD").doesNotStartWith("\uFEFF");
	}

	@Test
	void aByteOrderMarkIsDroppedAndDecidesTheEncoding() {
		byte[] utf16 = "\uFEFFDatum;Betrag\n01.02.2024;-3,50\n".getBytes(StandardCharsets.UTF_16LE);
		StatementText decoded = StatementText.decode(utf16);
		assertThat(decoded.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(decoded.text()).isEqualTo("Datum;Betrag\n01.02.2024;-3,50\n");
	}

	@Test
	void utf16WithoutAMarkIsFoundFromItsZeroBytes() {
		byte[] utf16 = "Date,Amount\n2024-02-01,-3.50\n".getBytes(StandardCharsets.UTF_16BE);
		assertThat(StatementText.decode(utf16).encoding()).isEqualTo(StandardCharsets.UTF_16BE);
	}

	@Test
	void windowsQuotesAndTheEuroSignMakeItWindows1252() {
		byte[] text = "Datum;Verwendungszweck;Betrag\n01.02.2024;\u201eMiete\u201c f\u00fcr M\u00e4rz;-750,00 \u20ac\n"
			.getBytes(Charset.forName("windows-1252"));
		StatementText decoded = StatementText.decode(text);
		assertThat(decoded.encoding()).isEqualTo(Charset.forName("windows-1252"));
		assertThat(decoded.text()).contains("\u201eMiete\u201c für März;-750,00 €");
	}

	@Test
	void aDeclaredEncodingIsUsedWhenTheBytesAreNotUtf8() {
		byte[] ofx = "OFXHEADER:100\nCHARSET:1252\n\n<OFX><NAME>Caf\u00e9 \u2013 Bar</OFX>"
			.getBytes(Charset.forName("windows-1252"));
		StatementText decoded = StatementText.decode(ofx);
		assertThat(decoded.encoding()).isEqualTo(Charset.forName("windows-1252"));
		assertThat(decoded.text()).contains("Café – Bar");
	}

	@Test
	void aFileThatDeclaresLatin1ButIsUtf8IsReadAsUtf8() {
		byte[] xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Document>M\u00fcller</Document>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(StatementText.decode(xml).text()).contains("Müller");
	}

	@Test
	void aPdfOrASpreadsheetIsRefusedWithWhatItIs() {
		assertThatThrownBy(() -> StatementText.decode("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOf(BadFileException.class)
			.hasMessageContaining("a PDF document, not a statement");
		assertThatThrownBy(() -> StatementText.decode(new byte[] { 'P', 'K', 3, 4, 20, 0 }))
			.hasMessageContaining("an Excel workbook");
	}

}
