package io.expensync.security.twofactor;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.expensync.web.Sha256;

/**
 * Recovery codes: {@value #COUNT} at a time, each ten characters from an alphabet without
 * look-alikes (0/o, 1/l/i), 50 random bits, shown as {@code xxxxx-xxxxx}. Only their
 * SHA-256 is stored; a code is compared without case, blanks or dashes.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		return IntStream.range(0, COUNT).mapToObj(n -> one()).toList();
	}

	static String hash(String code) {
		String normal = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		return Sha256.hex(normal);
	}

	private static String one() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
