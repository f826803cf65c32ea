/**
 * The user's own data: the export of everything ExpenSync keeps about them, read from the
 * other modules' APIs, scoped to the user. Like {@code dashboard} it may read any module,
 * and none depends on it.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions", "budgets",
		"recurring", "rules", "reports", "receipts", "notifications", "audit", "apitokens", "rates" })
@NullMarked
package io.expensync.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
