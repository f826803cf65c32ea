package io.expensync.web;

import java.util.Locale;

import io.expensync.money.Money;
import io.expensync.money.MoneyFormatter;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets templates write {@code ${{account.balance}}} and get "€1,234.50" in the signed-in
 * user's locale.
 */
@Configuration(proxyBeanMethods = false)
class MoneyWebFormatting implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(new Formatter<Money>() {
			@Override
			public String print(Money money, Locale locale) {
				return MoneyFormatter.format(money, locale);
			}

			@Override
			public Money parse(String text, Locale locale) {
				throw new UnsupportedOperationException("money is read from forms as plain decimals");
			}
		});
	}

}
