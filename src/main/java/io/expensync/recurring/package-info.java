/**
 * Recurring transactions: schedules, their calendar, and the job that books each due
 * occurrence exactly once.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions" })
@NullMarked
package io.expensync.recurring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
