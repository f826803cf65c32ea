/**
 * Demo data: a demo user at start-up ({@code expensync.demo=true}) and, in development
 * mode, data for oneself.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions",
		"recurring", "register" })
@NullMarked
package io.expensync.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
