package io.expensync.transactions;

import org.jspecify.annotations.Nullable;

/** The ranges of the account chart: the last 7 days, 1, 3 or 6 months, or everything. */
public enum ActivityRange {

	D7("7D", 7), M1("1M", 30), M3("3M", 90), M6("6M", 180), ALL("ALL", 0);

	private final String label;

	private final int days;

	ActivityRange(String label, int days) {
		this.label = label;
		this.days = days;
	}

	/** Reads a label such as {@code 3M}; anything unknown is the default, one month. */
	public static ActivityRange of(@Nullable String text) {
		for (ActivityRange range : values()) {
			if (range.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
				return range;
			}
		}
		return M1;
	}

	public String label() {
		return label;
	}

	/** How many days back the range reaches, today included; 0 for everything. */
	int days() {
		return days;
	}

}
