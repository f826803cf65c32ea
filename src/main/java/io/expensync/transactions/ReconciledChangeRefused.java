package io.expensync.transactions;

import io.expensync.web.RefusedException;

/**
 * A change to the money of a transaction reconciled with a bank statement (its amount,
 * type, date or accounts, taking it out of the reconciliation, or deleting it) was not
 * confirmed: the caller is to ask the user first and send {@code confirmReconciled}.
 */
public class ReconciledChangeRefused extends RefusedException {

	private ReconciledChangeRefused(String message) {
		super(message);
	}

	static ReconciledChangeRefused changing(String title) {
		return new ReconciledChangeRefused(
				"\"%s\" is reconciled with a bank statement: confirm that you want to change it (confirmReconciled)"
					.formatted(title));
	}

	static ReconciledChangeRefused deleting(String title) {
		return new ReconciledChangeRefused(
				"\"%s\" is reconciled with a bank statement: confirm that you want to delete it (confirmReconciled)"
					.formatted(title));
	}

	static ReconciledChangeRefused deleting(long count) {
		return new ReconciledChangeRefused(
				"%d of these transactions are reconciled with a bank statement: confirm that you want to delete them (confirmReconciled)"
					.formatted(count));
	}

}
