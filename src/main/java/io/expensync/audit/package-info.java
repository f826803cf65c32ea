/**
 * The audit log: security events of each account (sign-ins, failed sign-ins, two-factor
 * changes, sessions signed out) and changes to its transactions (old → new), with where
 * from and when, shown to the user.
 */
@ApplicationModule(
		allowedDependencies = { "users", "web", "money", "accounts", "categories", "transactions", "budgets" })
@NullMarked
package io.expensync.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
