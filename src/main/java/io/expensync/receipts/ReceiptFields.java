package io.expensync.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.expensync.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What was extracted from a receipt's text. A field is {@code null} when nothing
 * plausible was found; the currency is {@code null} when the receipt names none (the
 * caller then uses the user's currency).
 */
public record ReceiptFields(@Nullable ExtractedField<String> merchant, @Nullable ExtractedField<LocalDate> date,
		@Nullable ExtractedField<BigDecimal> total, @Nullable ExtractedField<BigDecimal> tax,
		@Nullable ExtractedField<Currency> currency, List<LineItem> items, @Nullable ExtractedField<String> category) {

	public ReceiptFields {
		items = List.copyOf(items);
	}

	/**
	 * The total as money, in the receipt's currency or else the given one; empty without
	 * a total or when the amount is too precise for the currency.
	 */
	public Optional<Money> totalIn(Currency fallback) {
		if (total == null) {
			return Optional.empty();
		}
		Currency in = (currency != null) ? currency.value() : fallback;
		try {
			return Optional.of(Money.of(total.value(), in));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
