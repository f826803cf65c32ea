package io.expensync.reports;

import io.expensync.web.NotFoundException;

/** No report for that month: it is not over yet. */
public class ReportNotFoundException extends NotFoundException {

	ReportNotFoundException(String month) {
		super("Report for", month);
	}

}
