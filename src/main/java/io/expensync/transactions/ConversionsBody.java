package io.expensync.transactions;

import java.time.LocalDate;
import java.util.List;

/**
 * {@link Conversions} as the API writes them: the rates other currencies were converted
 * at ({@code converted}) and what was left out for want of a rate ({@code notConverted}).
 */
public record ConversionsBody(List<ConvertedBody> converted, List<LeftOutBody> notConverted) {

	/** 1 {@code from} was {@code rate} of the total's currency on {@code rateDate}. */
	public record ConvertedBody(String from, String rate, LocalDate rateDate, String source) {
	}

	/** An amount in {@code currency} that is not in the total. */
	public record LeftOutBody(String amount, String currency) {
	}

	public static ConversionsBody of(Conversions conversions) {
		return new ConversionsBody(
				conversions.rates()
					.stream()
					.map((rate) -> new ConvertedBody(rate.from().getCurrencyCode(), rate.value().toPlainString(),
							rate.day(), rate.source().name()))
					.toList(),
				conversions.unconverted()
					.stream()
					.map((money) -> new LeftOutBody(money.toPlainString(), money.currency().getCurrencyCode()))
					.toList());
	}

}
