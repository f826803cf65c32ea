package io.expensync.security.passkeys;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whom passkeys are made for: the site's domain (the WebAuthn relying party id) and the
 * one origin that browsers must report, both taken from {@code expensync.base-url}, the
 * address users reach the app at. A passkey works only on the domain it was made for, so
 * behind a domain that setting must be that domain's address; an IP address cannot be a
 * relying party id (browsers refuse one), so passkeys need a name such as
 * {@code localhost} or a domain.
 */
record RelyingParty(String id, String name, String origin) {

	static final String NAME = "ExpenSync";

	/**
	 * The relying party of an app reached at this address: its host is the id, and its
	 * scheme, host and port (unless the scheme's default) the origin; a path is ignored.
	 * @throws IllegalStateException when the address is not an http or https URL with a
	 * host
	 */
	static RelyingParty of(String baseUrl) {
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw invalid(baseUrl);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw invalid(baseUrl);
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		return new RelyingParty(host, NAME, scheme + "://" + host + (defaultPort ? "" : ":" + port));
	}

	private static IllegalStateException invalid(String baseUrl) {
		return new IllegalStateException("expensync.base-url must be the http or https address users reach the app "
				+ "at, such as https://money.example.org; it is '%s'.".formatted(baseUrl));
	}

}
