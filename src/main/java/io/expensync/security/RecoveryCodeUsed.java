package io.expensync.security;

import java.util.UUID;

/**
 * The user got past the second step of signing in with a recovery code, which is spent;
 * {@code codesLeft} remain. Published in the transaction that spends it, where
 * {@code audit} hears it: the entry is kept exactly when the code is spent, on the
 * connection that transaction holds.
 */
public record RecoveryCodeUsed(UUID userId, long codesLeft) {
}
