package io.expensync.transactions;

import java.time.LocalDate;

/**
 * How often the user put a merchant's expenses (or, without a merchant, those with this
 * description) in one category, and when last.
 */
public record CategoryHabit(String merchant, String category, long count, LocalDate latest) {

}
