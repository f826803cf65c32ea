package io.expensync.apitokens;

import java.util.UUID;

import io.expensync.users.CurrentUser;

/** Who sent a request with a valid token, and which token it was (for its rate limit). */
public record ApiTokenHolder(UUID tokenId, CurrentUser user) {
}
