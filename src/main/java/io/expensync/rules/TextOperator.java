package io.expensync.rules;

/**
 * How a text condition compares: all but {@link #MATCHES} ignore case and accents ("Café"
 * contains "CAFE"); a regular expression ignores case and is found anywhere in the text
 * unless it is anchored with {@code ^} and {@code $}.
 */
public enum TextOperator {

	CONTAINS("contains"), EQUALS("is"), STARTS_WITH("starts with"), MATCHES("matches the regular expression");

	private final String label;

	TextOperator(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
