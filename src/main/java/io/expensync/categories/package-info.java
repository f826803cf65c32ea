/**
 * Income and expense categories: the 21 defaults every user starts with, and the user's
 * own.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users" })
@NullMarked
package io.expensync.categories;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
