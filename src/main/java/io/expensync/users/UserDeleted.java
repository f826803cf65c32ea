package io.expensync.users;

import java.util.UUID;

/**
 * A user and all their rows are gone. Published in the deleting transaction and heard
 * after it commits, for what lies outside the database: {@code receipts} removes the
 * user's receipt files, {@code security} signs out every browser still signed in as them
 * (sessions are found by the address they signed in with).
 */
public record UserDeleted(UUID userId, String email) {
}
