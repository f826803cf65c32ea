package io.expensync.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.imports.formats.StatementRow;
import io.expensync.transactions.BulkBooking.Booked;

import org.junit.jupiter.api.Test;

class DuplicatesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	private final Booked coffee = booked("-3.20", DAY, "Coffee Corner", null);

	@Test
	void theSameBankIdIsTheSameRowWhateverTheText() {
		Booked rent = booked("-750.00", DAY, "Rent March", "FIT-1");
		StatementRow row = row("-750.00", DAY.plusDays(9), "SEPA transfer to landlord", "FIT-1");
		assertThat(Duplicates.find(List.of(row), List.of(rent))).containsExactly(rent.id());
	}

	@Test
	void sameAmountNearDateAndSimilarTextIsTheSameRow() {
		StatementRow row = row("-3.20", DAY.plusDays(2), "CARD PAYMENT COFFEE CORNER LONDON", null);
		assertThat(Duplicates.find(List.of(row), List.of(coffee))).containsExactly(coffee.id());
	}

	@Test
	void aDifferentAmountADistantDateOrOtherTextIsANewRow() {
		assertThat(
				Duplicates.find(
						List.of(row("-3.21", DAY, "Coffee Corner", null),
								row("-3.20", DAY.plusDays(Duplicates.DAYS + 1), "Coffee Corner", null),
								row("-3.20", DAY, "Bakery", null), row("3.20", DAY, "Coffee Corner", null)),
						List.of(coffee)))
			.containsOnlyNulls();
	}

	@Test
	void eachTransactionStandsForOneRowOnly() {
		StatementRow first = row("-3.20", DAY, "Coffee Corner", null);
		StatementRow second = row("-3.20", DAY, "Coffee Corner", null);
		assertThat(Duplicates.find(List.of(first, second), List.of(coffee))).containsExactly(coffee.id(), null);
	}

	@Test
	void rowsTheBankGaveDifferentIdsAreDifferentRows() {
		Booked earlier = booked("-3.20", DAY, "Coffee Corner", "FIT-1");
		assertThat(Duplicates.find(List.of(row("-3.20", DAY, "Coffee Corner", "FIT-2")), List.of(earlier)))
			.containsOnlyNulls();
	}

	@Test
	void aRowWithTheBankIdIsMatchedBeforeOneWithout() {
		Booked withId = booked("-3.20", DAY, "Coffee Corner", "FIT-1");
		StatementRow withoutId = row("-3.20", DAY, "Coffee Corner", null);
		StatementRow sameId = row("-3.20", DAY, "Coffee Corner", "FIT-1");
		assertThat(Duplicates.find(List.of(withoutId, sameId), List.of(withId))).containsExactly(null, withId.id());
	}

	@Test
	void theCloserDateWinsBetweenTwoCandidates() {
		Booked later = booked("-3.20", DAY.plusDays(3), "Coffee Corner", null);
		StatementRow row = row("-3.20", DAY.plusDays(1), "Coffee Corner", null);
		assertThat(Duplicates.find(List.of(row), List.of(later, coffee))).containsExactly(coffee.id());
	}

	private static Booked booked(String amount, LocalDate date, String description, String bankId) {
		return new Booked(UUID.randomUUID(), date, new BigDecimal(amount), description, null, bankId);
	}

	private static StatementRow row(String amount, LocalDate date, String description, String bankId) {
		return new StatementRow(1, date, new BigDecimal(amount), description, null, bankId, null, List.of());
	}

}
