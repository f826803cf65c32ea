package io.expensync.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text with the null character (U+0000) is refused wherever it comes in: PostgreSQL
 * cannot store it in a text column, so it would fail the write with a 500 (H2 would keep
 * it). Queries and forms are refused by {@link UnreadableRequests}; JSON strings here, as
 * a malformed body (400 with problem details).
 */
@Configuration(proxyBeanMethods = false)
class NullCharacters {

	static final String REFUSED = "Text may not contain the null character (U+0000).";

	static boolean in(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	@Bean
	JacksonModule noNullCharactersInJsonStrings() {
		return new SimpleModule("no-null-characters").addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
				String text = super.deserialize(parser, context);
				if (text != null && in(text)) {
					return (String) context.handleWeirdStringValue(String.class, text, REFUSED);
				}
				return text;
			}
		});
	}

}
