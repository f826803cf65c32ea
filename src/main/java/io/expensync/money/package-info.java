/** Money as an amount with a currency, and how it is written for people. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.expensync.money;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
