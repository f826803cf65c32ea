package io.expensync.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account was opened ({@code before} is null), renamed or given another type, or
 * deleted with its transactions ({@code after} is null), with how it looked before and
 * after; published in the changing database transaction, for the audit log.
 */
public record AccountChanged(UUID userId, UUID accountId, @Nullable AccountView before, @Nullable AccountView after) {
}
