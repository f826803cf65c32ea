/**
 * Passkeys (WebAuthn) on Spring Security's ceremonies: adding and removing them on the
 * profile's passkeys page, signing in with one, and the relying party they are made for.
 */
@NullMarked
package io.expensync.security.passkeys;

import org.jspecify.annotations.NullMarked;
