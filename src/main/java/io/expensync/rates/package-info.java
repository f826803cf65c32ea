/**
 * Exchange rates: the European Central Bank's daily reference rates (fetched by a job
 * when configured) and the rates users type in, and the rate between two currencies on a
 * day.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts" })
@NullMarked
package io.expensync.rates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
