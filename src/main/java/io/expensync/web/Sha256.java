package io.expensync.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hex: how the app keeps secrets it only needs to recognise (email
 * link tokens, API tokens, recovery codes), names sessions without showing their ids, and
 * fingerprints receipt files.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The hash of the text's UTF-8 bytes. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(byte[] content) {
		return HexFormat.of().formatHex(digest(content));
	}

	public static byte[] digest(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
