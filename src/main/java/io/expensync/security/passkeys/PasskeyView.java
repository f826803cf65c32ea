package io.expensync.security.passkeys;

import java.time.Instant;

import org.springframework.security.web.webauthn.api.CredentialRecord;

/**
 * One passkey as the passkeys page shows it; {@code id} is its credential id, base64url.
 */
record PasskeyView(String id, String label, Instant created, Instant lastUsed) {

	static PasskeyView of(CredentialRecord record) {
		return new PasskeyView(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
				record.getLastUsed());
	}

	/**
	 * Whether it has signed in yet: Spring Security notes it as used when it is added.
	 */
	public boolean signedIn() {
		return lastUsed.isAfter(created);
	}

}
