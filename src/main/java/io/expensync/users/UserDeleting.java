package io.expensync.users;

import java.util.UUID;

/**
 * A user is about to be deleted, inside the deleting transaction, while their row still
 * exists. Heard synchronously: {@code transactions} removes the user's transactions first
 * (their accounts cannot go while transactions point at them), and {@code notifications}
 * writes the goodbye email. {@code users} cannot call those modules without a cycle. The
 * database removes everything else of the user with the user's row
 * ({@code ON DELETE CASCADE}).
 */
public record UserDeleting(UUID userId) {
}
