package io.expensync.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed insight: the sentence the user reads, the same sentence as it may be sent
 * to an AI provider for phrasing (without any transaction's description or merchant), and
 * the numbers it states (amounts and percentages without their sign, counts, days of the
 * month), which are all a phrasing may state.
 */
record Insight(String text, String shared, List<BigDecimal> numbers) {

	Insight {
		numbers = List.copyOf(numbers);
	}

}
