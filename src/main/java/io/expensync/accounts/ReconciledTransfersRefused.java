package io.expensync.accounts;

import io.expensync.web.RefusedException;

/**
 * An account was not deleted because transfers between it and other accounts are
 * reconciled there with a bank statement, and that was not confirmed: deleting the
 * account takes them out of those accounts too, so their reconciled balances would change
 * unasked. Thrown by whoever removes the account's transactions (see
 * {@link AccountDeleting}).
 */
public class ReconciledTransfersRefused extends RefusedException {

	private final long transfers;

	public ReconciledTransfersRefused(long transfers) {
		super(("%d transfer(s) between this account and your other accounts are reconciled there with a bank statement;"
				+ " deleting the account takes them out of those accounts too and changes their reconciled balances:"
				+ " confirm that you want to delete it (confirmReconciled)")
			.formatted(transfers));
		this.transfers = transfers;
	}

	/** How many transfers are reconciled on the other account. */
	public long transfers() {
		return transfers;
	}

}
