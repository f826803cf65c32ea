/**
 * The audit log: security events of each account (sign-ins, failed sign-ins, two-factor
 * changes, sessions signed out, passkeys, API tokens made and revoked) and changes to its
 * accounts, categories, transactions, budgets and recurring schedules (old → new), with
 * where from and when, shown to the user. It hears the other modules' events, so that
 * they need not know of it.
 */
@ApplicationModule(allowedDependencies = { "users", "web", "money", "accounts", "categories", "transactions", "budgets",
		"recurring", "apitokens", "security" })
@NullMarked
package io.expensync.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
