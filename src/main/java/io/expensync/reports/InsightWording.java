package io.expensync.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import io.expensync.money.Money;
import io.expensync.money.MoneyFormatter;

/**
 * How {@link Insights} write amounts, percentages, days and months: in the reader's
 * locale.
 */
final class InsightWording {

	private final Locale locale;

	InsightWording(Locale locale) {
		this.locale = locale;
	}

	String money(Money money) {
		return MoneyFormatter.format(money, locale);
	}

	/** The month's name alone ("March"). */
	String monthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, locale);
	}

	/** The day and the month's name ("5 March"). */
	String day(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM", locale));
	}

	/** A percentage with at most one decimal ("12.5%"). */
	String percent(BigDecimal percent) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(percent) + "%";
	}

	/** A percentage with a plus sign when it is above zero ("+12.5%"). */
	String signedPercent(BigDecimal percent) {
		return (percent.signum() > 0 ? "+" : "") + percent(percent);
	}

	String lowerCase(String name) {
		return name.toLowerCase(locale);
	}

}
