package io.expensync.imports.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities an OFX value may hold: SGML files escape {@code &}, {@code <} and
 * {@code >} as XML does, and some write character references.
 */
final class OfxEntities {

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");

	private OfxEntities() {
	}

	/**
	 * Replaces the character references and the five XML entities; leaves others as
	 * written.
	 */
	static String decode(String raw) {
		if (raw.indexOf('&') < 0) {
			return raw;
		}
		Matcher matcher = ENTITY.matcher(raw);
		StringBuilder decoded = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(decoded, Matcher.quoteReplacement(entity(matcher.group(1), matcher.group())));
		}
		return matcher.appendTail(decoded).toString();
	}

	private static String entity(String name, String written) {
		return switch (name) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			default -> codePoint(name, written);
		};
	}

	private static String codePoint(String name, String written) {
		try {
			int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
					: Integer.parseInt(name.substring(1));
			return Character.isValidCodePoint(code) ? Character.toString(code) : written;
		}
		catch (NumberFormatException ex) {
			return written;
		}
	}

}
