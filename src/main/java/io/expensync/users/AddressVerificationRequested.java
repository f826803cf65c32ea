package io.expensync.users;

import java.util.UUID;

/**
 * A link to confirm the user's email address was issued: at sign-up (then it is part of
 * the welcome email) or when the user asks again. Published in the transaction that
 * stores the link's token.
 */
public record AddressVerificationRequested(UUID userId, String token, boolean welcome) {
}
