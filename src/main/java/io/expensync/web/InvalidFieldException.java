package io.expensync.web;

import java.util.List;

/**
 * Input that passed the form's own checks but breaks a rule the service knows (a category
 * of the wrong type, a transfer to the same account). Pages show it next to the field;
 * the API answers 400. A single-field {@link InvalidInputException}.
 */
public class InvalidFieldException extends InvalidInputException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(List.of(new Problem(field, message)));
		this.field = field;
	}

	public String field() {
		return field;
	}

}
