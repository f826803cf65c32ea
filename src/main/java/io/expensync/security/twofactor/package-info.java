/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and one-time recovery
 * codes: turning it on and off on the profile page, and the code asked for after the
 * password.
 */
@NullMarked
package io.expensync.security.twofactor;

import org.jspecify.annotations.NullMarked;
