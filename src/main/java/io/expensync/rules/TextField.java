package io.expensync.rules;

/** The text of a transaction that a rule's text condition looks at. */
public enum TextField {

	DESCRIPTION("Description"), MERCHANT("Merchant");

	private final String label;

	TextField(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
