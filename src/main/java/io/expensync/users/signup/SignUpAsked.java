package io.expensync.users.signup;

/**
 * Someone asked, on an installation that sends email, to sign up with this address, which
 * may or may not have an account already: recorded the same way either way, and looked up
 * afterwards. The password is here only as its hash.
 */
record SignUpAsked(String email, String passwordHash, String name, String currency, String timezone, String locale) {
}
