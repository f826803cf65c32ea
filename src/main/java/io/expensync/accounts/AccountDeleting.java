package io.expensync.accounts;

import java.util.UUID;

/**
 * An account is about to be deleted, inside the deleting transaction. Heard synchronously
 * by {@code transactions}, which removes the account's transactions and reverses the
 * other side of its transfers before the row goes: {@code accounts} cannot call
 * {@code transactions} without a cycle. Unless {@code confirmReconciled}, a transfer
 * reconciled on the other account refuses the deletion with
 * {@link ReconciledTransfersRefused}.
 */
public record AccountDeleting(UUID userId, UUID accountId, boolean confirmReconciled) {
}
