package io.expensync.receipts.extraction;

import java.math.BigDecimal;
import java.util.Objects;

/** One purchased line of a receipt: what it says and the amount printed at its end. */
public record LineItem(String description, BigDecimal amount) {

	public LineItem {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(amount, "amount");
	}

}
