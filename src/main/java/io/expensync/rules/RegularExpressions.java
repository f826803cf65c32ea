package io.expensync.rules;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.expensync.web.InvalidFieldException;

/** How a user's regular expression is compiled: ignoring case, Unicode letters too. */
final class RegularExpressions {

	private RegularExpressions() {
	}

	static Pattern compile(String text) {
		return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * Compiles it, or refuses it on the field with what is wrong.
	 * @throws InvalidFieldException if it is not a regular expression
	 */
	static void check(String field, String text) {
		try {
			compile(text);
		}
		catch (PatternSyntaxException ex) {
			throw new InvalidFieldException(field, "Not a valid regular expression: %s (at character %d)"
				.formatted(ex.getDescription(), Math.max(ex.getIndex(), 0) + 1));
		}
	}

}
