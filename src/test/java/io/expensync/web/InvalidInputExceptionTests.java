package io.expensync.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTests {

	@Test
	void theMessagesInOneLineKeepTheOrderOfTheProblems() {
		InvalidInputException ex = new InvalidInputException(
				List.of(new InvalidInputException.Problem("amount", "Enter an amount"),
						new InvalidInputException.Problem("", "Choose a category or All spending")));

		assertThat(ex.messagesInOneLine()).isEqualTo("Enter an amount; Choose a category or All spending");
		assertThat(new InvalidFieldException("to", "Not the same account").messagesInOneLine())
			.isEqualTo("Not the same account");
	}

}
