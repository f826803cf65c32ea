/**
 * Personal API tokens: a user makes named, optionally expiring tokens on their profile
 * for scripts and apps, sees when each was last used and revokes them; {@code security}
 * signs API requests in with them.
 */
@ApplicationModule(allowedDependencies = { "users", "web" })
@NullMarked
package io.expensync.apitokens;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
