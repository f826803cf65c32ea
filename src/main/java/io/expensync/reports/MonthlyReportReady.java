package io.expensync.reports;

/**
 * A monthly report was stored for a month with activity, for a user who wants it by
 * email; published inside the transaction that stores it.
 */
public record MonthlyReportReady(MonthlyReportView report) {
}
