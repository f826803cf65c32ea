package io.expensync.users;

import java.util.UUID;

/**
 * Someone asked to sign up with the address of this existing user: the user is told by
 * email, where only they read it, rather than on the sign-up page.
 */
public record SignUpRepeated(UUID userId) {
}
