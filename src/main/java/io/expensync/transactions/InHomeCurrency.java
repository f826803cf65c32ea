package io.expensync.transactions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import io.expensync.money.Money;
import io.expensync.rates.Rate;
import io.expensync.rates.RateBook;

import org.jspecify.annotations.Nullable;

/**
 * Converts sums of other currencies into the home currency at the rate of their day, for
 * one total, and remembers the rates it used and what it could not convert. Converted
 * sums are added unrounded; a total is rounded once, half-even, to the home currency's
 * minor units. Not thread-safe: one per total.
 */
final class InHomeCurrency {

	private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

	private final RateBook book;

	private final Map<Currency, Rate> latest = new TreeMap<>(BY_CODE);

	private final Map<Currency, BigDecimal> missing = new TreeMap<>(BY_CODE);

	private final Set<UUID> missingOn = new HashSet<>();

	InHomeCurrency(RateBook book) {
		this.book = book;
	}

	/**
	 * The sum in the home currency, unrounded; null when no rate is known on or before
	 * its day (then it is remembered as left out).
	 */
	@Nullable BigDecimal convert(Currency currency, LocalDate day, BigDecimal sum) {
		return convert(currency, day, sum, null);
	}

	/** As {@link #convert}, remembering the account of a sum left out. */
	@Nullable BigDecimal convert(Currency currency, LocalDate day, BigDecimal sum, @Nullable UUID account) {
		if (currency.equals(book.home())) {
			return sum;
		}
		Optional<Rate> rate = book.on(currency, day);
		if (rate.isEmpty()) {
			missing.merge(currency, sum, BigDecimal::add);
			if (account != null) {
				missingOn.add(account);
			}
			return null;
		}
		latest.merge(currency, rate.get(), (one, two) -> one.day().isAfter(two.day()) ? one : two);
		return sum.multiply(rate.get().value());
	}

	/** An unrounded sum in the home currency as money. */
	Money money(BigDecimal sum) {
		return Money.of(sum.setScale(Money.fractionDigits(book.home()), RoundingMode.HALF_EVEN), book.home());
	}

	/** What was converted and left out, naming the accounts of what was left out. */
	Conversions conversions(Function<Set<UUID>, List<String>> accountNames) {
		return new Conversions(book.home(), List.copyOf(latest.values()),
				missing.entrySet().stream().map((entry) -> Money.of(entry.getValue(), entry.getKey())).toList(),
				accountNames.apply(missingOn));
	}

}
