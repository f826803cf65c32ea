package io.expensync.accounts;

/**
 * Kinds of account people keep. Credit cards and loans usually carry a negative balance.
 */
public enum AccountType {

	CURRENT("Current"), SAVINGS("Savings"), CREDIT_CARD("Credit card"), CASH("Cash"), LOAN("Loan"),
	INVESTMENT("Investment");

	private final String label;

	AccountType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
