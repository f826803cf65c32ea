package io.expensync.transactions;

import java.util.UUID;

/**
 * Files a transaction that is being added before it is checked and recorded: fills in or
 * changes its category, merchant or description (the user's rules, the categories learnt
 * from their habits). {@link TransactionService#record} applies every such bean, in their
 * order, to each new transaction, whichever way it comes in (the form, the API, a
 * schedule's occurrence); never to a change of one. An SPI, so that this module needs to
 * know nothing of the modules that file.
 */
public interface DraftFiling {

	/**
	 * The draft as it is to be recorded: the same draft if nothing applies. Called with
	 * drafts that are not checked yet, so any field may be missing.
	 */
	TransactionDraft file(UUID userId, TransactionDraft draft);

}
