package io.expensync.reports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Whether an AI provider's paragraph about a report may be shown: plain text of a few
 * sentences that states no number it was not given. Every number in it (digits in any
 * script, with thousands separators and decimal commas or points, and the words two to
 * twelve) must be one of the given numbers, whatever its sign, its decimal places or its
 * currency sign ({@code €1,234.50}, {@code 1234.5} and {@code 1.234,50 €} are the same
 * number). A reply read as untrusted input: markup, links and code are refused rather
 * than cleaned.
 */
final class PhrasingCheck {

	static final int MAX_LENGTH = 800;

	private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,\\u00a0\\u202f'’]\\p{Nd}+)*");

	/** Thousands separators that cannot be a decimal separator. */
	private static final Pattern SPACE_OR_APOSTROPHE = Pattern.compile("[\\u00a0\\u202f'’]");

	private static final Pattern NUMBER_WORD = Pattern
		.compile("\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b", Pattern.CASE_INSENSITIVE);

	/** The words above, each at its value less two. */
	private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve");

	/**
	 * Markup, code, links, and characters that are neither text nor spacing (control,
	 * format, private use, fractions and other non-decimal numbers).
	 */
	private static final Pattern NOT_PROSE = Pattern
		.compile("[<>{}\\[\\]`|#\\\\]|\\*\\*|__|://|www\\.|[\\p{C}\\p{No}&&[^\\n\\r\\t]]");

	private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Set<BigDecimal> allowed;

	PhrasingCheck(Collection<BigDecimal> allowed) {
		this.allowed = allowed.stream().map(PhrasingCheck::normal).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The reply as one paragraph: spaces collapsed, without quotes around it.
	 */
	static String tidy(String reply) {
		String text = SPACES.matcher(reply).replaceAll(" ").strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text;
	}

	/**
	 * Why the (tidied) reply may not be shown, in words fit for a log (without its
	 * content); {@code null} when it may.
	 */
	@Nullable String problem(@Nullable String reply) {
		if (reply == null || reply.isBlank()) {
			return "it was empty";
		}
		if (reply.length() > MAX_LENGTH) {
			return "it was longer than " + MAX_LENGTH + " characters";
		}
		if (NOT_PROSE.matcher(reply).find()) {
			return "it was not plain text";
		}
		if (WORDS.matcher(reply).results().count() < 3) {
			return "it was not a sentence";
		}
		Matcher number = NUMBER.matcher(reply);
		while (number.find()) {
			if (!isAllowed(number.group())) {
				return "it stated a number it was not given";
			}
		}
		Matcher word = NUMBER_WORD.matcher(reply);
		while (word.find()) {
			int value = NUMBER_WORDS.indexOf(word.group(1).toLowerCase(Locale.ROOT)) + 2;
			if (!allowed.contains(normal(BigDecimal.valueOf(value)))) {
				return "it stated a number it was not given";
			}
		}
		return null;
	}

	/**
	 * Whether the number, read with a decimal point or with a decimal comma, is one of
	 * the allowed ones.
	 */
	private boolean isAllowed(String token) {
		String digits = SPACE_OR_APOSTROPHE.matcher(token).replaceAll("");
		BigDecimal point = read(digits.replace(",", ""));
		BigDecimal comma = read(digits.replace(".", "").replace(',', '.'));
		return (point != null && allowed.contains(normal(point))) || (comma != null && allowed.contains(normal(comma)));
	}

	private static @Nullable BigDecimal read(String number) {
		try {
			return new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			// more than one decimal separator
			return null;
		}
	}

	private static BigDecimal normal(BigDecimal number) {
		BigDecimal plain = number.abs().stripTrailingZeros();
		return (plain.signum() == 0) ? BigDecimal.ZERO : plain;
	}

}
