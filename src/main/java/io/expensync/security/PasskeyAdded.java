package io.expensync.security;

import java.util.UUID;

/**
 * The user added a passkey, under this label; {@code passkeyId} is its credential id,
 * base64url. Published in the transaction that stores it, where {@code audit} hears it:
 * the entry is kept exactly when the passkey is, on the connection that transaction
 * holds.
 */
public record PasskeyAdded(UUID userId, String passkeyId, String label) {
}
