package io.expensync.users.email;

/**
 * Someone asked, on the forgot page, for a reset link to this address, which may or may
 * not belong to an account: recorded the same way either way, and looked up afterwards.
 */
record PasswordResetAsked(String email) {
}
