/**
 * Monthly budgets (for all spending or one category), their alert thresholds, the
 * accounts that count towards them, and how much of them is spent.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions" })
@NullMarked
package io.expensync.budgets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
