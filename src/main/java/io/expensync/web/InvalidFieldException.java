package io.expensync.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.validation.BindingResult;

/**
 * Input that passed the form's own checks but breaks a rule the service knows (a category
 * of the wrong type, a transfer to the same account). Pages show it next to the field;
 * the API answers 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

	/**
	 * Shows this error next to its field of a re-rendered form, or above the form if it
	 * has no such field.
	 */
	public void rejectIn(BindingResult result) {
		try {
			result.rejectValue(field, "invalid", getMessage());
		}
		catch (RuntimeException notAField) {
			result.reject("invalid", getMessage());
		}
	}

}
