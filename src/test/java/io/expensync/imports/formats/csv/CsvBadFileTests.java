package io.expensync.imports.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.expensync.imports.formats.BadFileException;
import io.expensync.imports.formats.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * Files that cannot be read: each is refused with its line named, whether the mapping was
 * proposed from another file of the bank or from this one.
 */
class CsvBadFileTests {

	private static final String GOOD = """
			Date,Description,Amount
			2024-01-05,Coffee,-3.50
			2024-01-06,Salary,2000.00
			""";

	private static final CsvMapping MAPPING = CsvReader.propose(GOOD, ReadLimits.DEFAULT);

	@Test
	void refusesAValueInTheDateColumnThatIsNoDate() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD + "2024-13-45,Tea,-2.00\n", MAPPING, ReadLimits.DEFAULT))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4))
			.withMessage("Line 4: \"2024-13-45\" in column 1 (Date) is not a date like yyyy-MM-dd");
	}

	@Test
	void refusesARowWithAnAmountButNoDate() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD + ",Tea,-2.00\n", MAPPING, ReadLimits.DEFAULT))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4))
			.withMessageContaining("is not a date");
	}

	@Test
	void refusesAnAmountThatIsNoNumber() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD + "2024-01-07,Tea,two euros\n", MAPPING, ReadLimits.DEFAULT))
			.withMessage(
					"Line 4: \"two euros\" in column 3 (Amount) is not an amount with the decimal separator \".\"");
	}

	@Test
	void refusesARowShorterThanTheMappingNeeds() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD + "2024-01-07,Tea\n", MAPPING, ReadLimits.DEFAULT))
			.withMessage("Line 4: the row has 2 columns, but the mapping reads the amount from column 3 (Amount)");
	}

	@Test
	void allowsTrailingEmptyColumnsAndRowsThatLeaveThemOut() {
		String text = """
				Date,Description,Amount,Category,
				2024-01-05,Coffee,-3.50,Food,,,
				2024-01-06,Salary,2000.00
				""";
		CsvMapping mapping = CsvReader.propose(text, ReadLimits.DEFAULT);
		assertThat(mapping.categoryColumn()).isEqualTo(3);
		CsvResult result = CsvReader.read(text, mapping, ReadLimits.DEFAULT);
		assertThat(result.statement().rows()).extracting((row) -> row.category()).containsExactly("Food", null);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void refusesAFileWithoutADateColumn() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.propose("Name,Amount\nCoffee,-3.50\nTea,-2.00\n", ReadLimits.DEFAULT))
			.withMessage("Line 2: no column holds dates");
	}

	@Test
	void refusesAFileWithoutAnAmountColumn() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.propose("Date,Name\n2024-01-05,Coffee\n2024-01-06,Tea\n", ReadLimits.DEFAULT))
			.withMessage("Line 2: no column holds amounts");
	}

	@Test
	void refusesTextThatNoDelimiterSplits() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.propose("Dear customer\nyour statement follows\n", ReadLimits.DEFAULT))
			.withMessageContaining("no delimiter");
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		ReadLimits limits = new ReadLimits(2, 1000);
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD + "2024-01-07,Tea,-2.00\n", MAPPING, limits))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4))
			.withMessageContaining("more than 2 rows");
	}

	@Test
	void refusesOverLongLinesWhenProposingAndReading() {
		ReadLimits limits = new ReadLimits(100, 40);
		String text = GOOD + "2024-01-07,Tea " + "x".repeat(40) + ",-2.00\n";
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> CsvReader.read(text, MAPPING, limits))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4))
			.withMessageContaining("longer than 40 characters");
		assertThatExceptionOfType(BadFileException.class).isThrownBy(() -> CsvReader.propose(text, limits))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(4));
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD + "2024-01-07,\"Tea,-2.00\n2024-01-08,Cake,-4.00\n", MAPPING,
					ReadLimits.DEFAULT))
			.withMessage("Line 4: a quote opened on this line is never closed");
	}

	@Test
	void refusesAMappingThatNamesAColumnTheFileDoesNotHave() {
		CsvMapping wide = new CsvMapping(",", "\"", 0, true, 0, "yyyy-MM-dd", 2, null, null, null, java.util.List.of(),
				CsvMapping.Sign.NEGATIVE_IS_OUT, ".", java.util.List.of(1), null, null, 7, null, null);
		assertThatExceptionOfType(BadFileException.class)
			.isThrownBy(() -> CsvReader.read(GOOD, wide, ReadLimits.DEFAULT))
			.withMessage("Line 1: the mapping reads column 8, but the header has 3 columns");
	}

}
