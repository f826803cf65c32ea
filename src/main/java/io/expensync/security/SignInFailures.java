package io.expensync.security;

import io.expensync.security.Throttles.Limit;
import io.expensync.security.twofactor.TwoFactorSignIn;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name (known or not, alike), which locks the account
 * for a while after five; a good sign-in (a passkey too) starts the count afresh. Wrong
 * sign-in codes (two-factor) count alike. A failed passkey names no account (only a user
 * handle that the browser sent), so it counts per address only ({@link AbuseGuard}).
 */
@Component
class SignInFailures {

	private final Throttles throttles;

	SignInFailures(Throttles throttles) {
		this.throttles = throttles;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		if (failure.getAuthentication() instanceof WebAuthnAuthenticationRequestToken) {
			return;
		}
		throttles.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, failure.getAuthentication().getName());
	}

	/**
	 * A password alone does not start afresh for a user with two-factor sign-in: the
	 * count goes on until the code is right too, so codes cannot be guessed five at a
	 * time between password sign-ins.
	 */
	@EventListener
	void on(AuthenticationSuccessEvent success) {
		if (TwoFactorSignIn.isHalfway(success.getAuthentication())) {
			return;
		}
		throttles.forget(Limit.FAILED_SIGN_INS_PER_ACCOUNT, success.getAuthentication().getName());
	}

}
