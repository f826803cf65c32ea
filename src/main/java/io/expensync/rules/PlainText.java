package io.expensync.rules;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Text as the non-regex conditions compare it: without accents, in lower case. */
final class PlainText {

	private PlainText() {
	}

	static String of(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

}
