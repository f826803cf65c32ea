package io.expensync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.expensync.imports.KeptRows.Kept;
import io.expensync.imports.formats.StatementRow;
import io.expensync.imports.formats.csv.CsvMapping;

import org.junit.jupiter.api.Test;

/**
 * The rows kept between an import's upload and its commit: found only for the mapping
 * they were read with, and never more than {@value KeptRows#MAX_ROWS} in all.
 */
class KeptRowsTests {

	private final KeptRows kept = new KeptRows();

	@Test
	void rowsReadWithAnotherMappingAreNotUsed() {
		UUID id = UUID.randomUUID();
		kept.keep(id, rows(2, mapping(0)));
		assertThat(kept.get(id, mapping(0))).as("an equal mapping, as read back from the database").isPresent();
		assertThat(kept.get(id, mapping(1))).as("the mapping corrected since, on another node").isEmpty();
		assertThat(kept.get(id, null)).isEmpty();
		assertThat(kept.get(UUID.randomUUID(), mapping(0))).isEmpty();
		kept.forget(id);
		assertThat(kept.get(id, mapping(0))).isEmpty();
	}

	@Test
	void theLeastRecentlyUsedGoFirstWhenTooManyRowsAreKept() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();
		int share = KeptRows.MAX_ROWS / 3;
		kept.keep(first, rows(share, null));
		kept.keep(second, rows(share, null));
		assertThat(kept.get(first, null)).as("used: now the newest").isPresent();
		kept.keep(third, rows(share + 10, null));
		assertThat(kept.get(second, null)).isEmpty();
		assertThat(kept.get(first, null)).isPresent();
		assertThat(kept.get(third, null)).isPresent();
		kept.keep(UUID.randomUUID(), rows(KeptRows.MAX_ROWS + 1, null));
		assertThat(kept.get(first, null)).as("a statement too big to keep pushes nothing out").isPresent();
	}

	private static CsvMapping mapping(int dateColumn) {
		return new CsvMapping(",", "\"", 0, true, dateColumn, "yyyy-MM-dd", 2, null, null, null, List.of(),
				CsvMapping.Sign.NEGATIVE_IS_OUT, ".", List.of(1 - dateColumn), null, null, null, null, null);
	}

	private static Kept rows(int count, CsvMapping mapping) {
		StatementRow row = new StatementRow(2, LocalDate.of(2026, 3, 1), new BigDecimal("-1.00"), "Shop", null);
		List<String> categories = new ArrayList<>(Collections.nCopies(count, "other-expense"));
		return new Kept(mapping, Collections.nCopies(count, row), List.of(), categories);
	}

}
