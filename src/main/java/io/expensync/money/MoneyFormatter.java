package io.expensync.money;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Writes money for people: "€1,234.50" in en-IE, "1.234,50 €" in de-DE, "¥1,235" never
 * happens (JPY has no cents).
 */
public final class MoneyFormatter {

	private MoneyFormatter() {
	}

	public static String format(Money money, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(money.currency());
		int digits = Money.fractionDigits(money.currency());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		// NumberFormat takes a BigDecimal without going through double
		return format.format(money.amount());
	}

	/** With an explicit sign, for income (+) and expenses (−) in lists. */
	public static String formatSigned(Money money, Locale locale) {
		String unsigned = format(money.isNegative() ? money.negate() : money, locale);
		return (money.isNegative() ? "−" : "+") + unsigned;
	}

}
