package io.expensync.users;

import java.util.UUID;

/**
 * Someone asked to reset the password of this existing user; published in the transaction
 * that stores the link's token, which lives for {@code validFor}, after the request that
 * asked has answered (see
 * {@link io.expensync.users.email.EmailLinks#requestPasswordReset}).
 */
public record PasswordResetRequested(UUID userId, String token, java.time.Duration validFor) {
}
