package io.expensync.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Text as the non-regex conditions compare it: without accents, in lower case. */
final class PlainText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private PlainText() {
	}

	static String of(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String letters = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(letters.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
