/**
 * Passwords: the policy a new one must meet, its hash, and a signed-in user changing
 * theirs on the profile page.
 */
@NullMarked
package io.expensync.users.password;

import org.jspecify.annotations.NullMarked;
