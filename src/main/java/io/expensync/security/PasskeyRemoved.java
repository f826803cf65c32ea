package io.expensync.security;

import java.util.UUID;

/**
 * The user removed a passkey, which no longer signs in; {@code passkeyId} is its
 * credential id, base64url. Published in the removing transaction, where {@code audit}
 * hears it: the entry is kept exactly when the removal is, on the connection that
 * transaction holds.
 */
public record PasskeyRemoved(UUID userId, String passkeyId, String label) {
}
