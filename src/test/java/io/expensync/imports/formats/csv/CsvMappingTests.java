package io.expensync.imports.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.expensync.imports.formats.BankFiles;
import io.expensync.imports.formats.ReadLimits;
import io.expensync.imports.formats.StatementRow;
import io.expensync.imports.formats.csv.CsvMapping.Sign;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mappings as the preview keeps them: corrected by hand, stored as JSON per account, and
 * refused when they contradict themselves.
 */
class CsvMappingTests {

	private static final ReadLimits LIMITS = ReadLimits.DEFAULT;

	@Test
	void readsByAMappingWhoseDateColumnWasChangedByHand() {
		String text = file("csv2ofx-capitalone.csv", StandardCharsets.UTF_8);
		CsvMapping proposed = CsvReader.propose(text, LIMITS);
		// the user wants the day of the purchase ("Transaction Date"), not the posting
		// day
		CsvMapping corrected = new CsvMapping(proposed.delimiter(), proposed.quote(), proposed.preambleLines(),
				proposed.header(), 0, "yyyy-MM-dd", null, 5, 6, null, List.of(), Sign.NEGATIVE_IS_OUT, ".", List.of(3),
				null, null, 4, null, null);
		List<StatementRow> rows = CsvReader.read(text, corrected, LIMITS).statement().rows();
		assertThat(rows).extracting(StatementRow::date)
			.containsExactly(java.time.LocalDate.of(2015, 12, 31), java.time.LocalDate.of(2015, 12, 31));
		assertThat(rows).extracting(StatementRow::amount)
			.map(java.math.BigDecimal::toPlainString)
			.containsExactly("-1000.00", "1000.00");
	}

	@Test
	void readsByAMappingThatSplitsTheAmountIntoDebitAndCredit() {
		String text = file("bank2ynab-export_BE11123456789012_20180304_1422.csv", StandardCharsets.UTF_8);
		CsvMapping proposed = CsvReader.propose(text, LIMITS);
		// KBC's "credit" (10) and "debet" (11) columns instead of "Bedrag" (8); "Vrije
		// mededeling" as text
		CsvMapping corrected = new CsvMapping(";", "\"", 0, true, 7, "dd/MM/yyyy", null, 11, 10, null, List.of(),
				Sign.NEGATIVE_IS_OUT, ",", List.of(17), 2, null, null, null, null);
		assertThat(proposed.amountColumn()).isEqualTo(8);
		StatementRow row = CsvReader.read(text, corrected, LIMITS).statement().rows().get(0);
		assertThat(row.amount()).isEqualByComparingTo("-3.40");
		assertThat(row.date()).isEqualTo(java.time.LocalDate.of(2018, 2, 28));
		// the text column is empty, so the payee column (here the holder's name) stands
		// in
		assertThat(row.description()).isEqualTo("SMITH JOHN");
	}

	@Test
	void readsByAMappingWhoseSignWasFlippedByHand() {
		String text = file("csv2ofx-pcmastercard.csv", StandardCharsets.UTF_8);
		CsvMapping proposed = CsvReader.propose(text, LIMITS);
		CsvMapping corrected = new CsvMapping(proposed.delimiter(), proposed.quote(), proposed.preambleLines(),
				proposed.header(), proposed.dateColumn(), proposed.datePattern(), proposed.amountColumn(), null, null,
				null, List.of(), Sign.NEGATIVE_IS_OUT, proposed.decimalSeparator(), proposed.descriptionColumns(),
				proposed.payeeColumn(), null, null, null, null);
		CsvResult result = CsvReader.read(text, corrected, LIMITS);
		assertThat(result.statement().rows()).extracting(StatementRow::amount)
			.map(java.math.BigDecimal::toPlainString)
			.containsExactly("36.33", "13.98");
		assertThat(result.warnings()).singleElement().asString().contains("Every amount is positive");
	}

	@Test
	void survivesAJsonRoundTripAndReadsTheSameRows() {
		String text = file("bank2ynab-CSV_A_20180414_112204.csv", StandardCharsets.ISO_8859_1);
		CsvMapping proposed = CsvReader.propose(text, LIMITS);
		JsonMapper json = JsonMapper.builder().build();
		String stored = json.writeValueAsString(proposed);
		assertThat(stored).contains("\"delimiter\":\",\"", "\"datePattern\":\"yyyy-MM-dd\"",
				"\"sign\":\"NEGATIVE_IS_OUT\"");
		CsvMapping restored = json.readValue(stored, CsvMapping.class);
		assertThat(restored).isEqualTo(proposed);
		assertThat(CsvReader.read(text, restored, LIMITS)).isEqualTo(CsvReader.read(text, proposed, LIMITS));
	}

	@Test
	void refusesAMappingThatContradictsItself() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvMapping(",", "\"", 0, true, 0, "yyyy-MM-dd", 2, 3, 4, null, List.of(),
					Sign.NEGATIVE_IS_OUT, ".", List.of(1), null, null, null, null, null))
			.withMessageContaining("not both");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvMapping(",", "\"", 0, true, 0, "yyyy-MM-dd", null, 3, null, null, List.of(),
					Sign.NEGATIVE_IS_OUT, ".", List.of(1), null, null, null, null, null))
			.withMessageContaining("a debit and a credit column");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvMapping(",", "\"", 0, true, 0, "dd.MM", 2, null, null, null, List.of(),
					Sign.NEGATIVE_IS_OUT, ".", List.of(1), null, null, null, null, null))
			.withMessageContaining("needs a year");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvMapping(":", "\"", 0, true, 0, "yyyy-MM-dd", 2, null, null, null, List.of(),
					Sign.NEGATIVE_IS_OUT, ".", List.of(1), null, null, null, null, null))
			.withMessageContaining("delimiter");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvMapping(",", "\"", 0, true, 0, "yyyy-MM-dd", 2, null, null, 3, List.of(),
					Sign.NEGATIVE_IS_OUT, ".", List.of(1), null, null, null, null, null))
			.withMessageContaining("money out");
	}

	private static String file(String name, Charset charset) {
		String text = new String(BankFiles.bytes("csv/" + name), charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
