package io.expensync.receipts.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a name as it is printed on a line of a receipt, with what OCR adds to it or gets
 * wrong put right: the noise around it, registration numbers, stray marks at its ends,
 * slips in {@code SDN BHD} and {@code S/B}, a wrong letter or two in a common business
 * word, and a closing parenthesis read as a letter.
 */
final class PrintedNames {

	/**
	 * A company registration number ({@code (123456-K)}, {@code 001234567-W}), its dash
	 * read twice as OCR sometimes does ({@code 126926--H}).
	 */
	private static final Pattern REGISTRATION = Pattern.compile("\\(?\\s*[A-Z]{0,3}\\d{4,}\\s*-{1,2}\\s*[A-Z]\\s*\\)?");

	/**
	 * Short leftovers of OCR at the ends: "7 | NAME", "NAME Fo a", "NAME 4"; not a number
	 * that starts the name ("10 GRAM GOURMET").
	 */
	private static final Pattern STRAY_EDGES = Pattern.compile(
			"^(?:(?!\\p{N}+\\s+\\p{L}{2})[^\\p{L}\\s]{1,2}\\s+)+|(?:\\s+(?:[^\\p{L}\\s]{1,2}|\\p{Ll}{1,2}|\\p{Lu}\\p{Ll}))+$");

	private static final Pattern LEGAL_END = Pattern
		.compile("(?i)\\bSDN\\.?\\s*BHD\\.?|\\bS/B\\b|\\bBHD\\.?(?=\\s|$)|\\bLTD\\b\\.?|\\bGMBH\\b|\\bLLC\\b");

	/**
	 * "SDN BHD" as OCR often misreads it: "SON. BHD", "S0N BHO", "SIN' BHD", "SC': BHD".
	 */
	private static final Pattern OCR_SDN = Pattern
		.compile("\\bS[A-Z0-9|]{0,3}[.,:;'`’]{0,2}\\s*BH[DEOX0](?=\\.|\\s|$)|\\bS[O0D][NH](?=\\.?\\s*BHD)"
				+ "|\\bSDN\\.?\\s*[B38EH]H[A-Z0-9]\\.?(?=\\s|$)");

	/** "S/B" (Sdn Bhd) as OCR often misreads it: "$/B", "§/B8", "5/B". */
	private static final Pattern OCR_SB = Pattern.compile("(?<=\\s)[S$§5]\\s?/\\s?[B8]{1,2}(?=\\s|$)");

	/** A last word opening a parenthesis and ending in a letter read for its close. */
	private static final Pattern UNCLOSED_LAST_WORD = Pattern.compile(".*\\([^()\\[\\]{}\\s]+[DJ1Il|\\]]");

	/** An opening bracket read as a letter at the start of a word: "CSETIA", "ITAMAN". */
	private static final Pattern OPENING_READ_AS_LETTER = Pattern.compile("(?<=\\s)[CIT1l|\\[{](?=\\p{Lu}{3})");

	/** A B alone between two words in capitals: an ampersand as OCR often reads it. */
	private static final Pattern AMPERSAND_READ_AS_B = Pattern.compile("(?<=\\p{Lu}{2} )B(?= \\p{Lu}{2})");

	/** What comes before the company when a brand is printed first. */
	private static final Pattern OWNER = Pattern
		.compile("(?i)\\b(OWNED|OWN|OPERATED|MANAGED|MANAGE)\\s+BY\\b\\s*:?|\\bA\\s+DIVISION\\s+OF\\b\\s*:?");

	/** A former name, to the end: "FKA BISON STORES SB", "(formerly …)". */
	private static final Pattern FORMERLY = Pattern.compile("(?i)\\s*\\(?\\b(F\\.?K\\.?A\\.?|FORMERLY)(?!\\p{L}).*$");

	/** Two words of letters side by side. */
	private static final Pattern SPLIT_WORD = Pattern.compile("\\b(\\p{L}{2,}) (\\p{L}{2,})\\b");

	/** Real words one letter away from a vocabulary word: a state, not "KEDAI". */
	private static final Set<String> NOT_SLIPS = Set.of("KEDAH", "MARKEL", "CENTRA");

	/**
	 * Common words of business names, to put right a letter that OCR got wrong in them.
	 */
	private static final List<String> VOCABULARY = List.of("ENTERPRISE", "ENTERPRISES", "TRADING", "RESTAURANT",
			"RESTORAN", "HARDWARE", "STATIONERY", "KEDAI", "PERNIAGAAN", "RUNCIT", "MARKETING", "SERVICES", "SERVICE",
			"ELECTRICAL", "BAKERY", "PHARMACY", "SUPERMARKET", "MARKET", "TRADERS", "HOLDINGS", "INDUSTRIES", "STATION",
			"CENTRE", "CENTER", "KITCHEN", "SUPPLIES", "SUPPLY", "CONFECTIONERY", "COMPANY", "LIMITED", "PACKAGING",
			"MACHINERY", "AUTOMOBILE", "FURNITURE", "BOOKSTORE", "HYPERMARKET", "MINIMARKET", "EMPORIUM", "CATERING",
			"OPTICAL");

	/** How long a word must be to have two of its letters put right. */
	private static final int LONG_WORD = 8;

	private PrintedNames() {
	}

	/**
	 * The name as printed, without registration numbers, stray marks and OCR slips in
	 * "SDN BHD".
	 */
	static String read(String line) {
		String name = withoutRegistration(tidied(line));
		name = STRAY_EDGES.matcher(name).replaceAll("").strip();
		// "STATIONERY B BOOKS": an ampersand read as a B standing alone between words
		name = AMPERSAND_READ_AS_B.matcher(name).replaceAll("&");
		// "CHEER(MALURI)", "CO.(M)": the space before a bracket lost; "(M SDN BHD": the
		// bracket after Malaysia's M
		name = name.replaceAll("(?<=[\\p{L}.])\\((?=\\p{L})", " (").replaceAll("\\(M(?= SDN\\b)", "(M)");
		// "Nando 's": a space read before an apostrophe
		name = name.replaceAll("\\s+(?=['’]\\p{L}\\b)", "");
		// what follows "SDN BHD" or "S/B" on the same line is a branch or code, not the
		// name
		Matcher legal = LEGAL_END.matcher(name);
		name = legal.find() ? name.substring(0, legal.end()) : name;
		return withVocabularyFixed(name);
	}

	/**
	 * The line without the noise OCR puts around it and with its slips in "SDN BHD" and
	 * "S/B" put right.
	 */
	static String tidied(String line) {
		return legalFormsFixed(clean(line));
	}

	/** The line without the noise OCR puts around it (stray marks, frame lines). */
	private static String clean(String line) {
		return line.replaceAll("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N}).]+$", "").replaceAll("\\s+", " ").strip();
	}

	/** The line with OCR slips in "SDN BHD" and "S/B" put right. */
	private static String legalFormsFixed(String line) {
		String fixed = OCR_SB.matcher(line).replaceAll("S/B");
		Matcher sdn = OCR_SDN.matcher(fixed);
		return sdn.replaceAll((m) -> m.group().matches("S[O0D][NH]") ? "SDN" : "SDN BHD");
	}

	/** Whether the upper-case line holds a company registration number. */
	static boolean registered(String upperCaseLine) {
		return REGISTRATION.matcher(upperCaseLine).find();
	}

	/** The line without its registration numbers. */
	static String withoutRegistration(String line) {
		return REGISTRATION.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/**
	 * The company a name printed over one or more rows belongs to: what follows "OWNED
	 * BY" or "A DIVISION OF" when a brand is printed before it, and without a former name
	 * ("MYNEWS RETAIL SB FKA BISON STORES SB").
	 */
	static String company(String name) {
		Matcher owner = OWNER.matcher(name);
		String company = owner.find() && owner.end() < name.length() ? name.substring(owner.end()).strip() : name;
		return FORMERLY.matcher(company).replaceFirst("").strip();
	}

	/**
	 * The company a receipt's lines say the shop belongs to ("Owned by" over "Dommal Food
	 * Services Sdn Bhd", "OWN BY: CHEF LEE SDN BHD"), the first they name: what follows
	 * those words, on the line or else on the next, when it ends with a legal suffix;
	 * {@code null} when they name none.
	 */
	static @Nullable String owner(List<String> lines) {
		for (int index = 0; index < lines.size(); index++) {
			String owner = owner(lines.get(index), (index + 1 < lines.size()) ? lines.get(index + 1) : "");
			if (owner != null) {
				return owner;
			}
		}
		return null;
	}

	/**
	 * The company this row (or the next) says the shop belongs to; {@code null} when it
	 * names none.
	 */
	static @Nullable String owner(String row, String next) {
		Matcher owner = OWNER.matcher(row);
		if (!owner.find()) {
			return null;
		}
		String after = row.substring(owner.end()).strip();
		String company = read(after.isEmpty() ? next : after);
		return ReceiptMerchants.ENDS_LEGALLY.matcher(company.toUpperCase(Locale.ROOT)).find() ? company : null;
	}

	/**
	 * A name that ends inside a parenthesis with a letter OCR reads for its closing
	 * bracket ({@code FUN N CHEER (MALURID}) ends with the bracket.
	 */
	static String withParenthesisClosed(String name) {
		return UNCLOSED_LAST_WORD.matcher(name).matches() ? name.substring(0, name.length() - 1) + ")" : name;
	}

	/**
	 * A name that closes a parenthesis it never opened, because OCR read the opening
	 * bracket as a letter stuck to the next word ({@code ENTERPRISE CSETIA ALAM)}), with
	 * the bracket put back: the nearest word before the close that starts with such a
	 * letter and has three more.
	 */
	static String withParenthesisOpened(String name) {
		int close = name.indexOf(')');
		if (close < 0 || name.lastIndexOf('(', close) >= 0) {
			return name;
		}
		Matcher word = OPENING_READ_AS_LETTER.matcher(name.substring(0, close));
		int at = -1;
		while (word.find()) {
			at = word.start();
		}
		return (at < 0) ? name : name.substring(0, at) + "(" + name.substring(at + 1);
	}

	/**
	 * A word of the business vocabulary read with one letter wrong ("KEDAT" for "KEDAI",
	 * "HARLWARE" for "HARDWARE"), or two when it has eight letters or more ("ENTERFRTSE"
	 * for "ENTERPRISE"), put right when no other vocabulary word is as near; words
	 * shorter than five letters are left as read.
	 */
	static String withVocabularyFixed(String name) {
		name = withSplitWordsJoined(name);
		StringBuilder fixed = new StringBuilder();
		Matcher word = Pattern.compile("\\p{L}{5,}").matcher(name);
		int at = 0;
		while (word.find()) {
			fixed.append(name, at, word.start());
			fixed.append(closestWord(word.group()));
			at = word.end();
		}
		return fixed.append(name.substring(at)).toString();
	}

	/**
	 * Two pieces of a vocabulary word that OCR read apart ("STAT IONERY") joined again,
	 * when neither piece is a vocabulary word itself.
	 */
	private static String withSplitWordsJoined(String name) {
		Matcher pair = SPLIT_WORD.matcher(name);
		StringBuilder joined = new StringBuilder();
		int at = 0;
		while (pair.find()) {
			String first = pair.group(1);
			String second = pair.group(2);
			String whole = (first + second).toUpperCase(Locale.ROOT);
			boolean known = whole.length() >= 6
					&& (VOCABULARY.contains(whole) || !closestWord(whole).toUpperCase(Locale.ROOT).equals(whole));
			if (known && !VOCABULARY.contains(first.toUpperCase(Locale.ROOT))
					&& !VOCABULARY.contains(second.toUpperCase(Locale.ROOT))) {
				joined.append(name, at, pair.start()).append(first).append(second);
				at = pair.end();
			}
		}
		return joined.append(name.substring(at)).toString();
	}

	/** How many letters two words of the same length differ in, counting up to three. */
	private static int differences(String one, String other) {
		int differences = 0;
		for (int i = 0; i < one.length() && differences < 3; i++) {
			differences += (one.charAt(i) != other.charAt(i)) ? 1 : 0;
		}
		return differences;
	}

	/**
	 * Whether the word, in capitals, is a common word of business names or a real word
	 * near one.
	 */
	static boolean knownWord(String upper) {
		return VOCABULARY.contains(upper) || NOT_SLIPS.contains(upper);
	}

	private static String closestWord(String word) {
		String upper = word.toUpperCase(Locale.ROOT);
		if (NOT_SLIPS.contains(upper) || VOCABULARY.contains(upper)) {
			return word;
		}
		// one letter wrong, or two in a long word: the only vocabulary word that near
		String closest = null;
		int allowed = (upper.length() >= LONG_WORD) ? 2 : 1;
		for (int slips = 1; slips <= allowed && closest == null; slips++) {
			for (String known : VOCABULARY) {
				if (known.length() == upper.length() && differences(known, upper) == slips) {
					if (closest != null) {
						return word;
					}
					closest = known;
				}
			}
		}
		if (closest == null) {
			return word;
		}
		return word.equals(upper) ? closest : word.equals(word.toLowerCase(Locale.ROOT))
				? closest.toLowerCase(Locale.ROOT) : closest.charAt(0) + closest.substring(1).toLowerCase(Locale.ROOT);
	}

}
