package io.expensync.users;

import java.util.UUID;

/**
 * A new user signed up. Published inside the sign-up transaction and heard synchronously
 * by {@code categories}, which gives the user their default categories before anyone can
 * sign in as them: {@code users} cannot call {@code categories} without a dependency
 * cycle.
 */
public record UserRegistered(UUID userId) {
}
