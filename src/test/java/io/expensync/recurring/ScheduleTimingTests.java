package io.expensync.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.expensync.money.Money;
import io.expensync.transactions.TransactionType;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class ScheduleTimingTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	final RecurringView gym = new RecurringView(UUID.randomUUID(), RecurrenceInterval.WEEKLY, 1,
			LocalDate.parse("2026-05-10"), null, LocalDate.parse("2026-05-24"), false, List.of(),
			TransactionType.EXPENSE, Money.of("10.00", "EUR"), "Gym", "personal", null, UUID.randomUUID(), null);

	@Test
	void readsTheTimingAsTyped() {
		ScheduleTiming timing = new ScheduleTiming(" monthly", "2", "2026-06-01", "");
		assertThat(problems(timing)).isEmpty();
		assertThat(timing.dates())
			.isEqualTo(new ScheduleDates(RecurrenceInterval.MONTHLY, 2, LocalDate.parse("2026-06-01"), null));
	}

	@Test
	void namesEveryFieldThatCannotBeReadAtOnce() {
		assertThat(problems(new ScheduleTiming("HOURLY", "0", "2026-13-01", "soon"))).containsExactlyInAnyOrder(
				"interval: Choose DAILY, WEEKLY, MONTHLY or YEARLY", "every: Repeat every 1 to 999 periods",
				"nextDue: Write the date as YYYY-MM-DD", "until: Write the date as YYYY-MM-DD");
		assertThat(problems(new ScheduleTiming(null, "1000", "", "+999999999-12-31"))).containsExactlyInAnyOrder(
				"interval: Choose DAILY, WEEKLY, MONTHLY or YEARLY", "every: Repeat every 1 to 999 periods",
				"nextDue: Give the next date", "until: Give a date between the years 1900 and 9999");
	}

	@Test
	void theEndDateCannotComeBeforeTheNextDate() {
		assertThat(problems(new ScheduleTiming("WEEKLY", "1", "2026-05-17", "2026-05-16"))).containsExactly(
				"until: The end date cannot come before the next date, 2026-05-17; to stop the schedule, end it");
		assertThat(problems(new ScheduleTiming("WEEKLY", "1", "2026-05-17", "2026-05-17"))).isEmpty();
	}

	@Test
	void aPatchKeepsWhatItLeavesOutAndABlankEndRemovesIt() {
		SchedulePatch patch = new SchedulePatch(null, "", null, null, null, "3", null, null);
		assertThat(patch.touchesDates()).isTrue();
		assertThat(patch.timingOnto(gym)).isEqualTo(new ScheduleTiming("WEEKLY", "3", "2026-05-24", ""));
		assertThat(patch.textOnto(gym)).isEqualTo(new ScheduleText("10.00", null, "personal", null));
		assertThat(new SchedulePatch("5", null, null, null, null, null, null, null).touchesDates()).isFalse();
		assertThat(problems(new ScheduleText("1".repeat(31), "d".repeat(256), null, null)))
			.containsExactlyInAnyOrder("amount: That is not an amount", "description: At most 255 characters");
	}

	private List<String> problems(Object command) {
		return validator.validate(command)
			.stream()
			.map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
			.toList();
	}

}
