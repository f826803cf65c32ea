package io.expensync.apitokens;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A token as its owner sees it in the list: never its secret, which is not kept.
 * {@code lastUsedAt} is exact to about a minute.
 */
public record ApiTokenView(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant expiresAt, boolean expired) {
}
