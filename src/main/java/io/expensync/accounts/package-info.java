/**
 * The user's accounts, their balances (changed only by postings) and the one default
 * account.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users" })
@NullMarked
package io.expensync.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
