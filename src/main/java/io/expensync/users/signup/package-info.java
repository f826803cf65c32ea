/**
 * Signing up: who may, the first user becoming the admin, and sign-up through an emailed
 * link on an installation that sends email.
 */
@NullMarked
package io.expensync.users.signup;

import org.jspecify.annotations.NullMarked;
