package io.expensync.transactions;

import io.expensync.money.Money;

/** What was spent at one merchant over a period, in how many transactions. */
public record MerchantTotal(String merchant, long count, Money total) {
}
