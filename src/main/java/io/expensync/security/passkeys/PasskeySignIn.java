package io.expensync.security.passkeys;

import java.time.Clock;

import jakarta.servlet.Filter;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * How passkeys join the pages' filter chain. Spring Security's WebAuthn filters serve
 * {@code /webauthn/register/options} and {@value #REGISTER} (adding a passkey, signed
 * in), {@code /webauthn/authenticate/options} and {@value #SIGN_IN} (signing in with
 * one); they find the relying party (name, domain, origin) and the database in
 * {@link PasskeyConfiguration}'s beans. The app adds three things: no generated
 * registration page (the profile has its own), a new session id after a passkey sign-in
 * as after a password, and {@link RegistrationGuard} before adding.
 */
public final class PasskeySignIn {

	/** Where the browser sends the signed challenge to sign in (JSON). */
	public static final String SIGN_IN = "/login/webauthn";

	/**
	 * Where the browser sends a new passkey (POST); Spring Security removes one with
	 * {@code DELETE} below it, which the app leaves to its own page.
	 */
	public static final String REGISTER = "/webauthn/register";

	private PasskeySignIn() {
	}

	/** Spring Security's WebAuthn support, as the app uses it. */
	public static Customizer<WebAuthnConfigurer<HttpSecurity>> settings(HttpSecurity http, RequestCache savedRequests) {
		return webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					// what the form sign-in does too (a new session id, a new CSRF
					// token), which Spring Security's WebAuthn support leaves out
					SessionAuthenticationStrategy afterSignIn = http
						.getSharedObject(SessionAuthenticationStrategy.class);
					if (afterSignIn != null) {
						filter.setSessionAuthenticationStrategy(afterSignIn);
					}
					// where the browser was going, from where the pages keep it
					HttpMessageConverterAuthenticationSuccessHandler signedIn = new HttpMessageConverterAuthenticationSuccessHandler();
					signedIn.setRequestCache(savedRequests);
					filter.setAuthenticationSuccessHandler(signedIn);
					return filter;
				}
			});
	}

	/** The filter to put before the authorization filter. */
	public static Filter registrationGuard(Clock clock) {
		return new RegistrationGuard(clock);
	}

}
