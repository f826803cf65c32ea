package io.expensync.receipts.extraction;

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
	 * Each field from whichever of two readings of the same receipt is surer of it; the
	 * items and category go with the chosen merchant.
	 */
	public static ReceiptFields surest(ReceiptFields first, ReceiptFields second) {
		boolean secondMerchant = surer(second.merchant, first.merchant) == second.merchant;
		ReceiptFields named = secondMerchant ? second : first;
		return new ReceiptFields(named.merchant, surer(first.date, second.date), surer(first.total, second.total),
				surer(first.tax, second.tax), surer(first.currency, second.currency), named.items, named.category);
	}

	/** These fields with another reading's date, when it found one. */
	public ReceiptFields withDate(@Nullable ExtractedField<LocalDate> other) {
		return (other == null) ? this : new ReceiptFields(merchant, other, total, tax, currency, items, category);
	}

	private static <T> @Nullable ExtractedField<T> surer(@Nullable ExtractedField<T> one,
			@Nullable ExtractedField<T> other) {
		if (one == null) {
			return other;
		}
		return (other != null && other.confidence() > one.confidence()) ? other : one;
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
