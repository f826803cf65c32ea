/** Monthly budgets and how much of them the month's spending has used. */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "transactions" })
@NullMarked
package io.expensync.budgets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
