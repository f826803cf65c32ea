package io.expensync.security.twofactor;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1 of the number
 * of 30-second steps since the epoch, truncated to 6 digits. A code is accepted in its
 * own step and one step either side, for clocks that drift.
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	/** Steps accepted before and after the current one. */
	static final int DRIFT = 1;

	private Totp() {
	}

	static long step(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for one step, with leading zeros. */
	static String code(byte[] secret, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			long modulus = (long) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulus);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

	/**
	 * The step whose 6-digit code this is, if any lies within the drift around
	 * {@code now}. Every candidate is compared, in constant time, so the answer takes as
	 * long whichever matched.
	 */
	static OptionalLong match(byte[] secret, String code, Instant now) {
		byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
		long current = step(now);
		OptionalLong found = OptionalLong.empty();
		for (long step = current - DRIFT; step <= current + DRIFT; step++) {
			byte[] expected = code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, given) && found.isEmpty()) {
				found = OptionalLong.of(step);
			}
		}
		return found;
	}

}
