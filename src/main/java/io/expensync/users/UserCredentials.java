package io.expensync.users;

import java.util.UUID;

/** What sign-in needs to check a password; only the security module asks for it. */
public record UserCredentials(UUID id, String email, String passwordHash, Role role) {
}
