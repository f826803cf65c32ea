/**
 * Monthly reports: last month's income, expenses, categories, merchants, budgets and
 * insights, made once per user on the 1st in their timezone, kept as a history.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "categories", "transactions", "budgets" })
@NullMarked
package io.expensync.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
