/**
 * Rules: the user's ordered list of conditions and actions that file each transaction
 * coming in (its category, merchant and description), and their application to the
 * transactions already there.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions" })
@NullMarked
package io.expensync.rules;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
