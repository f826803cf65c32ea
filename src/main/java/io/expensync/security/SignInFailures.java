package io.expensync.security;

import io.expensync.security.Throttles.Limit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name (known or not, alike), which locks the account
 * for a while after five; a good sign-in starts the count afresh.
 */
@Component
class SignInFailures {

	private final Throttles throttles;

	SignInFailures(Throttles throttles) {
		this.throttles = throttles;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		throttles.record(Limit.FAILED_SIGN_INS_PER_ACCOUNT, failure.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		throttles.forget(Limit.FAILED_SIGN_INS_PER_ACCOUNT, success.getAuthentication().getName());
	}

}
