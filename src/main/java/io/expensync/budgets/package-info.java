/**
 * Monthly budgets (for all spending or one category), their alert thresholds, and how
 * much of them is spent.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "categories", "transactions" })
@NullMarked
package io.expensync.budgets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
