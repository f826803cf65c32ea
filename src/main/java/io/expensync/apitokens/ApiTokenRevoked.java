package io.expensync.apitokens;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The user revoked an API token, which had expired already or would have on
 * {@code expiresOn} in their timezone (never, when null). Published in the revoking
 * database transaction, where {@code audit} hears it: the entry is kept exactly when the
 * revocation is, on the connection that transaction holds.
 */
public record ApiTokenRevoked(UUID userId, UUID tokenId, String name, @Nullable LocalDate expiresOn, boolean expired) {
}
