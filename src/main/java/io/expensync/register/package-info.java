/**
 * The account register: the pages and the API that combine a transaction with its
 * schedule and its receipt (the transaction form, an account's page, the transactions
 * API) or accounts with exchange rates (the list of accounts with their total), above the
 * modules that own each of them.
 */
@ApplicationModule(allowedDependencies = { "money", "web", "users", "accounts", "categories", "transactions",
		"recurring", "receipts", "rates" })
@NullMarked
package io.expensync.register;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
