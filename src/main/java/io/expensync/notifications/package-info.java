/**
 * Email: the outbox every email is written to, its templates, the listeners that write
 * them, the mailbox page.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "transactions", "budgets", "recurring", "reports" })
@NullMarked
package io.expensync.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
