package io.expensync.apitokens;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The user made an API token, which stops working at the end of {@code expiresOn} in
 * their timezone (never, when null). Published in the making database transaction, where
 * {@code audit} hears it: the entry is kept exactly when the token is, on the connection
 * that transaction holds.
 */
public record ApiTokenCreated(UUID userId, UUID tokenId, String name, @Nullable LocalDate expiresOn) {
}
