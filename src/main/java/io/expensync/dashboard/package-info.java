/** The home page after sign-in: a read-only composition of the other modules' views. */
@ApplicationModule(
		allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions", "budgets", "rates" })
@NullMarked
package io.expensync.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
