package io.expensync.transactions;

import io.expensync.money.Money;

import org.jspecify.annotations.Nullable;

/** What was spent (or earned) in one category over a period. */
public record CategoryTotal(@Nullable String category, Money total) {
}
