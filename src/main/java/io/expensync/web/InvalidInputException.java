package io.expensync.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A command that breaks the rules of its use case, with every field that does at once.
 * Services throw it (see {@link Commands}); a page shows each message next to its field,
 * the API answers 400 with them listed as problem details.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	/**
	 * What is wrong with one field; the field is the command's component name, or empty
	 * for the input as a whole.
	 */
	public record Problem(String field, String message) {
	}

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * Every problem's message, in order, joined by "; ": for a page that shows them in
	 * one line above the form (a flash message) rather than next to each field.
	 */
	public String messagesInOneLine() {
		return problems.stream().map(Problem::message).collect(Collectors.joining("; "));
	}

	/**
	 * Shows each problem next to its field of a re-rendered form, or above the form where
	 * the form has no such field.
	 */
	public void rejectIn(BindingResult result) {
		for (Problem problem : problems) {
			if (problem.field().isEmpty()) {
				result.reject("invalid", problem.message());
				continue;
			}
			try {
				result.rejectValue(problem.field(), "invalid", problem.message());
			}
			catch (RuntimeException notAField) {
				result.reject("invalid", problem.message());
			}
		}
	}

	private static String summary(List<Problem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input names at least one problem");
		}
		return (problems.size() == 1) ? problems.get(0).message()
				: "%d fields are not valid".formatted(problems.size());
	}

}
