package io.expensync.recurring;

import static io.expensync.recurring.RecurrenceInterval.DAILY;
import static io.expensync.recurring.RecurrenceInterval.MONTHLY;
import static io.expensync.recurring.RecurrenceInterval.WEEKLY;
import static io.expensync.recurring.RecurrenceInterval.YEARLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class RecurrenceIntervalTests {

	@Test
	void monthEndsStayCalendarCorrect() {
		LocalDate jan31 = LocalDate.of(2027, 1, 31);
		assertThat(LongStream.range(0, 5).mapToObj(n -> MONTHLY.occurrence(jan31, 1, n))).containsExactly(jan31,
				LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30),
				LocalDate.of(2027, 5, 31));
		assertThat(MONTHLY.occurrence(LocalDate.of(2028, 1, 31), 1, 1)).as("leap year")
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void leapDayYearlyFallsBackAndReturns() {
		LocalDate leapDay = LocalDate.of(2028, 2, 29);
		assertThat(YEARLY.occurrence(leapDay, 1, 1)).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(YEARLY.occurrence(leapDay, 1, 4)).isEqualTo(LocalDate.of(2032, 2, 29));
	}

	@Test
	void everyNPeriods() {
		LocalDate start = LocalDate.of(2026, 3, 28);
		assertThat(WEEKLY.occurrence(start, 2, 1)).isEqualTo(LocalDate.of(2026, 4, 11));
		assertThat(DAILY.occurrence(start, 3, 2)).isEqualTo(LocalDate.of(2026, 4, 3));
		assertThat(MONTHLY.occurrence(start, 3, 4)).isEqualTo(LocalDate.of(2027, 3, 28));
		// a daylight-saving change (29 March 2026 in Europe) does not move a date
		assertThat(DAILY.occurrence(start, 1, 1)).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(DAILY.occurrence(start, 1, 2)).isEqualTo(LocalDate.of(2026, 3, 30));
	}

	@Test
	void describesItself() {
		assertThat(MONTHLY.describe(1)).isEqualTo("Monthly");
		assertThat(WEEKLY.describe(2)).isEqualTo("Every 2 weeks");
	}

}
