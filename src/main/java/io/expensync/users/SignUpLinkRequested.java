package io.expensync.users;

import java.time.Duration;
import java.util.Locale;

/**
 * A sign-up waits for its link to be opened: the email with the link goes to an address
 * that has no account yet. Published in the transaction that stores the link's token,
 * which lives for {@code validFor}.
 */
public record SignUpLinkRequested(String email, String name, Locale locale, String token, Duration validFor) {

	@Override
	public String toString() {
		return "SignUpLinkRequested[email=" + email + ", token=(not shown)]";
	}

}
