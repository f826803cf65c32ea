package io.expensync.security.twofactor;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import io.expensync.web.Sha256;

/**
 * Recovery codes: {@value #COUNT} at a time, each ten characters from an alphabet without
 * look-alikes (0/o, 1/l/i), 50 random bits, shown as {@code xxxxx-xxxxx}. Only a keyed
 * hash of each is stored; a code is compared without case, blanks or dashes.
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

	/**
	 * What is stored of a code: a keyed hash of it and its owner, so that a database
	 * backup alone does not let anyone try the 2^50 codes, and the same code of two users
	 * is stored differently.
	 */
	static String hash(SecretKeyring keyring, UUID owner, String code) {
		return keyring.keyedHash("recovery-code", owner + ":" + normal(code));
	}

	/** What was stored before: the plain SHA-256, still accepted for codes made then. */
	static String unkeyedHash(String code) {
		return Sha256.hex(normal(code));
	}

	private static String normal(String code) {
		return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
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
