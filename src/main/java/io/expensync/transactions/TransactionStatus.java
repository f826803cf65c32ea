package io.expensync.transactions;

/**
 * Whether the bank has booked a transaction yet, on one account: typed in and not yet
 * seen on a statement, seen (or imported from the bank), or ticked off against a
 * statement's closing balance. Only a reconciliation makes a transaction reconciled.
 */
public enum TransactionStatus {

	PENDING, CLEARED, RECONCILED;

	public String label() {
		return switch (this) {
			case PENDING -> "Pending";
			case CLEARED -> "Cleared";
			case RECONCILED -> "Reconciled";
		};
	}

}
