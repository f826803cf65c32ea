package io.expensync.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.expensync.web.InvalidInputException.Problem;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The rules of a new schedule, checked without Spring. */
class RecurrenceRequestTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void repeatsEvery1To999Periods() {
		assertThat(problems(new RecurrenceRequest(RecurrenceInterval.WEEKLY, 1, null))).isEmpty();
		assertThat(problems(new RecurrenceRequest(RecurrenceInterval.WEEKLY, 999, null))).isEmpty();
		assertThat(problems(new RecurrenceRequest(RecurrenceInterval.WEEKLY, 0, null)))
			.containsExactly(new Problem("every", "Repeat every 1 to 999 periods"));
		assertThat(problems(new RecurrenceRequest(RecurrenceInterval.WEEKLY, 1000, null)))
			.containsExactly(new Problem("every", "Repeat every 1 to 999 periods"));
	}

	@Test
	void namesAMissingIntervalAndAnEndTooFarAheadAtOnce() {
		assertThat(problems(new RecurrenceRequest(null, 1, LocalDate.of(10_000, 1, 1)))).containsExactlyInAnyOrder(
				new Problem("interval", "Choose how often it repeats"),
				new Problem("until", "Give an end date before the year 10000"));
	}

	@Test
	void startsAtMostAYearBackAndEndsNoEarlierThanItStarts() {
		RecurrenceRequest monthly = new RecurrenceRequest(RecurrenceInterval.MONTHLY, 1, TODAY.minusYears(2));
		assertThat(monthly.problemsStarting(TODAY.minusYears(1), TODAY)).extracting(Problem::field)
			.containsExactly("until");
		assertThat(monthly.problemsStarting(TODAY.minusYears(1).minusDays(1), TODAY)).extracting(Problem::field)
			.containsExactly("date", "until");
		assertThat(new RecurrenceRequest(RecurrenceInterval.MONTHLY, 1, TODAY).problemsStarting(TODAY, TODAY))
			.isEmpty();
		assertThat(monthly.problemsStarting(null, TODAY)).as("a missing date is the transaction's problem").isEmpty();
	}

	private List<Problem> problems(RecurrenceRequest request) {
		return validator.validate(request)
			.stream()
			.map(violation -> new Problem(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
	}

}
