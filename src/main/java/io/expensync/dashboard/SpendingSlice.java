package io.expensync.dashboard;

import java.math.BigDecimal;

import io.expensync.money.Money;

/**
 * One slice of the month's spending pie: a category, its colour, its total and its share
 * in percent.
 */
record SpendingSlice(String name, String colour, Money total, BigDecimal percent) {
}
