package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

class CommandsTests {

	@FieldRules
	record Move(@NotBlank(message = "Give it a name") @Size(max = 5, message = "At most 5 characters") String name,
			@Nullable String from, @Nullable String to) implements FieldRules.Checked {

		@Override
		public void check(FieldRules.Problems problems) {
			if (from != null && from.equals(to)) {
				problems.add("to", "Not to where it comes from: {" + to + "}");
			}
			if (from == null && to == null) {
				problems.add("", "Say where from or where to");
			}
		}

	}

	static class MoveForm {

		String name = "";

		String to = "";

		public String getName() {
			return name;
		}

		public String getTo() {
			return to;
		}

	}

	final Commands commands = new Commands(Validation.buildDefaultValidatorFactory().getValidator());

	@Test
	void aValidCommandComesBackAsItIs() {
		Move move = new Move("box", "attic", "cellar");
		assertThat(commands.valid(move)).isSameAs(move);
	}

	@Test
	void everyBrokenRuleIsNamedAtOnceInTheOrderOfTheFields() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> commands.valid(new Move("wardrobe", "attic", "attic")))
			.satisfies(ex -> {
				assertThat(ex.problems()).containsExactly(
						new InvalidInputException.Problem("name", "At most 5 characters"),
						new InvalidInputException.Problem("to", "Not to where it comes from: {attic}"));
				assertThat(ex.getMessage()).isEqualTo("2 fields are not valid");
			});
	}

	@Test
	void aRuleOfTheWholeCommandHasNoFieldAndShowsAboveTheForm() {
		InvalidInputException ex = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
				() -> commands.valid(new Move(" ", null, null)));
		assertThat(ex.problems()).containsExactly(new InvalidInputException.Problem("name", "Give it a name"),
				new InvalidInputException.Problem("", "Say where from or where to"));

		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new MoveForm(), "form");
		ex.rejectIn(result);
		assertThat(result.getFieldError("name").getDefaultMessage()).isEqualTo("Give it a name");
		assertThat(result.getGlobalErrors()).singleElement()
			.satisfies(error -> assertThat(error.getDefaultMessage()).isEqualTo("Say where from or where to"));
	}

}
