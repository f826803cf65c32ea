/**
 * Getting data in: bank statements (OFX, QIF, CAMT, CSV) read, previewed and booked, with
 * duplicates left out.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions", "rules" })
@NullMarked
package io.expensync.imports;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
