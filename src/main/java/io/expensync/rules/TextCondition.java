package io.expensync.rules;

import org.jspecify.annotations.Nullable;

/**
 * One text condition of a rule: the transaction's description or merchant compared with a
 * text. Missing parts are null until {@link RuleService} names them.
 */
public record TextCondition(@Nullable TextField field, @Nullable TextOperator operator, @Nullable String text) {

	/** At most this many characters of text (and of a regular expression). */
	public static final int MAX_TEXT = 200;

	public String describe() {
		return "%s %s \"%s\"".formatted(field == null ? "?" : field.label(), operator == null ? "?" : operator.label(),
				text == null ? "" : text);
	}

}
