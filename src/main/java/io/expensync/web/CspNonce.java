package io.expensync.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One random value per request that a script must carry to run: the page's script tags
 * carry it, the Content-Security-Policy header names it, and a script injected into the
 * page cannot know it.
 */
public final class CspNonce {

	private static final String ATTRIBUTE = CspNonce.class.getName();

	private static final SecureRandom RANDOM = new SecureRandom();

	private CspNonce() {
	}

	/** This request's nonce, made on first use. */
	public static String of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String nonce) {
			return nonce;
		}
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(ATTRIBUTE, nonce);
		return nonce;
	}

}
