package io.expensync.apitokens;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import io.expensync.web.Sha256;

/**
 * The secrets of API tokens: {@value #PREFIX} and 32 random bytes in Base64url, so that a
 * token is recognisable as ExpenSync's in a script, a log or a secret scanner. Only their
 * SHA-256 is stored: a plain hash suffices (unlike for passwords) because 256 random bits
 * cannot be guessed, and it lets the token be found by an index on every request.
 */
final class TokenSecrets {

	static final String PREFIX = "exs_";

	private static final int RANDOM_BYTES = 32;

	/**
	 * The prefix and the 43 characters that Base64url without padding makes of 32 bytes.
	 */
	private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenSecrets() {
	}

	static String generate() {
		byte[] bytes = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text has the shape of a token, so that nothing else is looked up. */
	static boolean looksLikeOne(String text) {
		return SHAPE.matcher(text).matches();
	}

	static String hash(String secret) {
		return Sha256.hex(secret);
	}

}
