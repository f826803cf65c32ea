/**
 * People who use ExpenSync: sign-up, profile (currency, timezone, locale), the signed-in
 * user, password hashing.
 */
@ApplicationModule(allowedDependencies = { "money", "web" })
@NullMarked
package io.expensync.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
