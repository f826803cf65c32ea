package io.expensync.transactions;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * How a list of transactions is ordered; ties are broken newest first so paging is
 * stable.
 */
public enum TransactionSort {

	DATE("date"), AMOUNT("amount"), CATEGORY("category");

	private final String property;

	TransactionSort(String property) {
		this.property = property;
	}

	/**
	 * Reads {@code date}, {@code amount} or {@code category}; anything else sorts by
	 * date.
	 */
	public static TransactionSort of(@Nullable String text) {
		if (text == null) {
			return DATE;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return DATE;
		}
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	Sort toSort(Sort.Direction direction) {
		Sort tieBreak = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
		Sort primary = Sort.by(new Sort.Order(direction, property));
		return this == DATE ? primary.and(tieBreak) : primary.and(Sort.by(Sort.Order.desc("date"))).and(tieBreak);
	}

}
