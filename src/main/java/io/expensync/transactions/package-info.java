/** Income, expenses and transfers, and the balance postings each of them makes. */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "rates" })
@NullMarked
package io.expensync.transactions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
