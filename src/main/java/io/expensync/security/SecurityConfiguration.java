package io.expensync.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import io.expensync.apitokens.ApiTokenService;
import io.expensync.security.passkeys.PasskeySignIn;
import io.expensync.security.twofactor.SecretKeyring;
import io.expensync.security.twofactor.TwoFactorService;
import io.expensync.security.twofactor.TwoFactorSignIn;
import io.expensync.users.UserService;
import io.expensync.web.CspNonce;
import io.expensync.web.HtmxRequest;
import io.expensync.web.ProblemJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Two filter chains: the JSON API under {@code /api/**} authenticates every request with
 * a personal API token ({@link BearerTokenSignIn}) or HTTP Basic and keeps no session (so
 * it needs no CSRF token); the pages use a session, form sign-in or a passkey
 * ({@link PasskeySignIn}), and CSRF protection. Both want the second factor from users
 * who turned two-factor sign-in on ({@link TwoFactorSignIn}): pages send them to the code
 * page after the password (a passkey is both factors), the API refuses their password
 * with 401 and takes their tokens, which stand in for it. Management endpoints but health
 * are for admins; on a separate management port reached over loopback
 * ({@link LocalManagementRequest}) they are open to a scraper on the same machine.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Browser features pages may use: the camera for receipts, nothing else. */
	static final String PERMISSIONS = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Throttles throttles, ApiTokenService tokens, Clock clock,
			SecretKeyring keyring) throws Exception {
		AuthorizationManagerFactory<RequestAuthorizationContext> factors = TwoFactorSignIn.rules();
		return http.securityMatcher("/api/**")
			.addFilterBefore(new AbuseGuard(throttles, Duration.ZERO, clock, formShown(keyring)),
					BasicAuthenticationFilter.class)
			.addFilterBefore(new BearerTokenSignIn(tokens, throttles, clock), BasicAuthenticationFilter.class)
			.addFilterAfter(new UserLimits(throttles), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/users")
				.permitAll()
				.anyRequest()
				.access(factors.authenticated()))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::signInRequired, request -> true)
				.defaultDeniedHandlerForMissingAuthority(TwoFactorSignIn.apiRefusal(), TwoFactorSignIn.FACTOR))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Throttles throttles, Clock clock, SecretKeyring keyring,
			RequestCache savedRequests, @Value("${expensync.limits.min-fill-time:2s}") Duration minFillTime)
			throws Exception {
		AuthorizationManagerFactory<RequestAuthorizationContext> factors = TwoFactorSignIn.rules();
		return http
			.addFilterBefore(new AbuseGuard(throttles, minFillTime, clock, formShown(keyring)),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new UserLimits(throttles), AuthorizationFilter.class)
			.addFilterBefore(PasskeySignIn.registrationGuard(clock), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				// passkeys are removed on the passkeys page, which checks and logs it
				.requestMatchers(HttpMethod.DELETE, PasskeySignIn.REGISTER + "/**")
				.denyAll()
				// the management port, when it has its own, for a scraper on this machine
				.requestMatchers(new LocalManagementRequest())
				.permitAll()
				.requestMatchers("/", "/login", "/signup", "/signup/finish", "/password/forgot", "/password/reset",
						"/verify", "/too-many", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
						"/favicon.svg", "/actuator/health", "/livez", "/readyz")
				.permitAll()
				// the one page a session signed in with only the password may see
				.requestMatchers(TwoFactorSignIn.CODE_PAGE)
				.authenticated()
				.requestMatchers("/actuator/**")
				.access(factors.hasRole("ADMIN"))
				.anyRequest()
				.access(factors.authenticated()))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(TwoFactorSignIn.passwordAccepted(clock, savedRequests))
				.permitAll())
			.webAuthn(PasskeySignIn.settings(http, savedRequests))
			// an anonymous visit keeps what it needs in cookies, so it writes no session
			// row
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
			.requestCache(cache -> cache.requestCache(savedRequests))
			.exceptionHandling(errors -> errors.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(TwoFactorSignIn.CODE_PAGE), TwoFactorSignIn.FACTOR))
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.headers(headers -> headers.addHeaderWriter(SecurityConfiguration::contentSecurityPolicy)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
				.frameOptions(frame -> frame.deny()))
			.build();
	}

	private static UnaryOperator<String> formShown(SecretKeyring keyring) {
		return value -> keyring.keyedHash("form-shown", value);
	}

	/**
	 * Where a browser sent to sign in was going, kept in a cookie rather than a new
	 * session: only whole pages (a GET that is neither the API nor a part of a page
	 * fetched by htmx).
	 */
	@Bean
	RequestCache savedRequests() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(pathPattern("/api/**")),
				new NegatedRequestMatcher(request -> HtmxRequest.of(request).isHtmxRequest())));
		return cache;
	}

	/**
	 * The API's answer to a request without valid credentials: 401 with problem details,
	 * as every other refusal of the API.
	 */
	static void signInRequired(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException refused) throws IOException {
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED,
				"Sign in with HTTP Basic or send a personal API token as a Bearer token.");
	}

	/**
	 * Scripts only from this server and only in script tags that carry this request's
	 * nonce; the one inline style allowed is the empty one Chart.js sets; no framing, no
	 * form posting elsewhere, no base URL changes. A response that set a stricter policy
	 * of its own (an uploaded file, in a sandbox) keeps it.
	 */
	static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
		if (response.containsHeader("Content-Security-Policy")) {
			return;
		}
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; img-src 'self' data: blob:; " + "script-src 'self' 'nonce-" + CspNonce.of(request)
						+ "'; "
						+ "style-src 'self' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; "
						+ "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'");
	}

	/**
	 * Reads the user by email; an unknown email fails like a wrong password does. A user
	 * with two-factor sign-in on is marked as needing the second factor.
	 */
	@Bean
	UserDetailsService userDetailsService(UserService users, TwoFactorService twoFactors) {
		return email -> users.credentials(email).map(user -> {
			List<GrantedAuthority> authorities = twoFactors.isOn(user.id())
					? List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()),
							new SimpleGrantedAuthority(TwoFactorSignIn.REQUIRED))
					: List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
			return User.withUsername(user.email()).password(user.passwordHash()).authorities(authorities).build();
		}).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
