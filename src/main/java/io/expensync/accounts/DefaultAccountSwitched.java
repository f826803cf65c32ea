package io.expensync.accounts;

import java.util.UUID;

/**
 * The user's default account moved from one account to another: chosen by the user, with
 * a new account opened as the default, or passed on when the default was deleted.
 * Published in the changing database transaction, for the audit log; not when the user's
 * first account becomes the default.
 */
public record DefaultAccountSwitched(UUID userId, AccountView from, AccountView to) {
}
